import Link from "next/link";
import { formatMoney } from "@/components/gateway/gateway-format";
import { formatDateTime, formatRelativeTime } from "@/components/portal/format";
import { DECLINE_REASON_LABEL } from "@/components/portal/workflows/workflow-format";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import type { ActivityItem } from "@/server/services/dashboard/list-recent-activity";

type Tone = "neutral" | "brand" | "success" | "warning" | "danger";
type Sentence = { before: string; after: string; tone: Tone };

// Each event as a sentence around the workflow's title (the title is the link).
const sentence = ({ what, actor }: ActivityItem): Sentence => {
  const who = actor ?? "LinX";
  if (what.kind === "transaction") {
    const payment = `${what.transactionType === "SEND" ? "Payout" : "Payment"} of ${formatMoney(what.amount, what.currency)} for “`;
    const ends: Record<typeof what.status, [string, Tone]> = {
      PROCESSING: ["” is processing", "brand"],
      SETTLED: ["” reached the customer", "success"],
      CLEARED: ["” cleared", "success"],
      DECLINED: ["” was declined by the bank", "danger"],
      ERROR: ["” failed", "danger"],
      REVERSED: ["” was reversed by the bank", "warning"],
      CANCELLED: ["” was cancelled", "neutral"],
    };
    const [after, tone] = ends[what.status];
    return { before: payment, after, tone };
  }
  switch (what.action) {
    case "created":
      return { before: `${who} sent “`, after: "”", tone: "brand" };
    case "resent":
      return { before: `${who} texted the link for “`, after: "” again", tone: "neutral" };
    case "extended":
      return { before: `${who} extended the link for “`, after: "”", tone: "neutral" };
    case "cancelled":
      return { before: `${who} cancelled “`, after: "”", tone: "neutral" };
    case "opened":
      return { before: "The customer opened “", after: "”", tone: "brand" };
    case "completed":
      return { before: "The customer completed “", after: "”", tone: "success" };
    case "declined": {
      const reason = what.declineReason ? (DECLINE_REASON_LABEL[what.declineReason] ?? null) : null;
      return {
        before: "The customer declined “",
        after: `”${reason ? `: ${reason.toLowerCase()}` : ""}`,
        tone: "danger",
      };
    }
    case "expired":
      return { before: "“", after: "” expired before the customer finished", tone: "warning" };
  }
};

const DOT: Record<Tone, string> = {
  neutral: "bg-slate-300",
  brand: "bg-brand-600",
  success: "bg-emerald-600",
  warning: "bg-amber-500",
  danger: "bg-red-600",
};

/** The latest things that happened, newest first: one sentence each, linking to its workflow. */
export const ActivityFeed = ({ feed, canCreate, now }: { feed: ActivityItem[]; canCreate: boolean; now: Date }) => {
  if (feed.length === 0) {
    return (
      <EmptyState title="No activity yet">
        {canCreate
          ? "Send a workflow from the Workflows page, or in bulk from a CSV, and what happens to it shows here."
          : "Workflows sent by your team show here as customers act on them."}
      </EmptyState>
    );
  }
  return (
    <ol className="divide-y divide-slate-100" data-testid="activity-feed">
      {feed.map((item) => {
        const { before, after, tone } = sentence(item);
        return (
          <li key={item.id} className="flex gap-3 px-5 py-3">
            <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", DOT[tone])} />
            <div className="min-w-0">
              <p className="text-sm text-slate-800">
                {before}
                <Link
                  href={`/portal/workflows/${item.workflow.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {item.workflow.title}
                </Link>
                {after}
              </p>
              <p className="text-xs text-slate-500">
                <time dateTime={item.at} title={formatDateTime(item.at)}>
                  {formatRelativeTime(item.at, now)}
                </time>{" "}
                · {item.workflow.phoneNumber}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
};
