import type { DashboardActivity } from "@/server/services/dashboard/get-dashboard-activity";
import { formatShare } from "./dashboard-format";

const STAGES = [
  { key: "created", label: "Created", color: "#93c5fd" },
  { key: "opened", label: "Opened", color: "#3b82f6" },
  { key: "completed", label: "Completed", color: "#1d4ed8" },
] as const;

const percent = (n: number, of: number) => formatShare(of === 0 ? 0 : n / of);

/** Created → opened → completed as horizontal bars, each as wide as its share of those created. */
export const FunnelChart = ({ totals }: { totals: DashboardActivity["totals"] }) => {
  const description = STAGES.map(
    ({ key, label }) => `${label} ${totals[key]} (${percent(totals[key], totals.created)})`,
  ).join(", ");
  return (
    <figure className="space-y-3">
      <div role="img" aria-label={`Funnel: ${description}`} className="space-y-3">
        {STAGES.map(({ key, label, color }) => {
          const width = totals.created === 0 ? 0 : (totals[key] / totals.created) * 100;
          return (
            <div key={key} aria-hidden="true" className="grid grid-cols-[6rem_1fr_5.5rem] items-center gap-3 text-sm">
              <span className="text-slate-700">{label}</span>
              <svg
                aria-hidden="true"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                className="h-6 w-full rounded bg-slate-100"
              >
                <rect x="0" y="0" height="10" width={width} fill={color} />
              </svg>
              <span className="text-right tabular-nums text-slate-900">
                {totals[key]} <span className="text-slate-600">({percent(totals[key], totals.created)})</span>
              </span>
            </div>
          );
        })}
      </div>
      <figcaption className="text-xs text-slate-600">
        Of the workflows created in the period, how many the customer opened and completed.
      </figcaption>
    </figure>
  );
};
