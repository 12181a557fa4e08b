import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/portal/format";
import { StatusBadge } from "@/components/portal/workflows/status-badge";
import type { DashboardActivity } from "@/server/services/dashboard/get-dashboard-activity";

/** The business's most recently changed workflows, each linking to its detail page. */
export const RecentWorkflows = ({ recent, canCreate }: { recent: DashboardActivity["recent"]; canCreate: boolean }) => {
  if (recent.length === 0) {
    return (
      <EmptyState title="No activity yet">
        {canCreate ? "Send a workflow from the Workflows page, or in bulk from a CSV, and its progress shows here." : "Workflows sent by your team show here as customers act on them."}
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-slate-100">
      {recent.map((workflow) => (
        <li key={workflow.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3">
          <div className="min-w-0">
            <Link href={`/portal/workflows/${workflow.id}`} className="font-medium text-brand-700 hover:underline">
              {workflow.title}
            </Link>
            <p className="text-xs text-slate-600">
              {workflow.phoneNumber} · updated {formatDateTime(workflow.updatedAt)}
            </p>
          </div>
          <StatusBadge status={workflow.status} />
        </li>
      ))}
    </ul>
  );
};
