import type { DashboardActivity } from "@/server/services/dashboard/get-dashboard-activity";
import { formatConversion, formatDuration } from "./dashboard-format";

const Stat = ({ label, value, hint }: { label: string; value: string | number; hint?: string }) => (
  <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs">
    <dt className="text-sm text-slate-600">{label}</dt>
    <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
    {hint ? <dd className="text-xs text-slate-600">{hint}</dd> : null}
  </div>
);

/** The period's headline numbers. */
export const ActivityStats = ({ activity }: { activity: DashboardActivity }) => {
  const { totals } = activity;
  return (
    <dl
      className="grid grid-cols-2 gap-4 md:grid-cols-4 xl:grid-cols-7"
      aria-label={`Workflows created in the last ${activity.days} days`}
    >
      <Stat label="Created" value={totals.created} />
      <Stat label="Opened" value={totals.opened} />
      <Stat label="Completed" value={totals.completed} />
      <Stat label="Declined" value={totals.declined} />
      <Stat label="Expired" value={totals.expired} />
      <Stat label="Conversion" value={formatConversion(activity.conversion)} hint="completed / created" />
      <Stat label="Median time to complete" value={formatDuration(activity.medianSecondsToComplete)} />
    </dl>
  );
};
