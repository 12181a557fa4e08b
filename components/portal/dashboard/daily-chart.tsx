import type { DashboardActivity } from "@/server/services/dashboard/get-dashboard-activity";
import { formatDay } from "./dashboard-format";

const CREATED = "#93c5fd";
const COMPLETED = "#1d4ed8";
const SLOT = 10;
const HEIGHT = 100;

const Legend = ({ color, label }: { color: string; label: string }) => (
  <span className="inline-flex items-center gap-1.5">
    <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: color }} />
    {label}
  </span>
);

/** Created vs completed per UTC day as paired bars, with the same numbers in a table for screen readers. */
export const DailyChart = ({ daily }: { daily: DashboardActivity["daily"] }) => {
  const max = Math.max(1, ...daily.map((day) => Math.max(day.created, day.completed)));
  // A day with any at all keeps a sliver of a bar, so one completion next to hundreds still shows.
  const bar = (n: number) => (n === 0 ? 0 : Math.max(2, (n / max) * HEIGHT));
  const first = daily[0];
  const last = daily.at(-1);
  return (
    <figure className="space-y-2">
      <div className="flex items-center justify-between text-xs text-slate-600">
        <div className="flex gap-4">
          <Legend color={CREATED} label="Created" />
          <Legend color={COMPLETED} label="Completed" />
        </div>
        <span>Most in a day: {max}</span>
      </div>
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${daily.length * SLOT} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-48 w-full border-b border-l border-slate-300"
      >
        {daily.map((day, i) => (
          <g key={day.day}>
            <rect
              x={i * SLOT + 1}
              y={HEIGHT - bar(day.created)}
              width={SLOT / 2 - 1}
              height={bar(day.created)}
              fill={CREATED}
            />
            <rect
              x={i * SLOT + SLOT / 2}
              y={HEIGHT - bar(day.completed)}
              width={SLOT / 2 - 1}
              height={bar(day.completed)}
              fill={COMPLETED}
            />
          </g>
        ))}
      </svg>
      <div aria-hidden="true" className="flex justify-between text-xs text-slate-600">
        <span>{first ? formatDay(first.day) : null}</span>
        <span>{last ? formatDay(last.day) : null}</span>
      </div>
      <table className="sr-only">
        <caption>Workflows created and completed per day (UTC)</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Created</th>
            <th scope="col">Completed</th>
          </tr>
        </thead>
        <tbody>
          {daily.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>{day.created}</td>
              <td>{day.completed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
};
