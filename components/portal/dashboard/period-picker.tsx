import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { DASHBOARD_PERIODS, type DashboardPeriod } from "@/server/contracts/dashboard/dashboard-period";

/** Links to the same dashboard over another period; the period lives in the URL (`?days=`). */
export const PeriodPicker = ({ days }: { days: DashboardPeriod }) => (
  <nav aria-label="Period" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-xs">
    {DASHBOARD_PERIODS.map((period) => (
      <Link
        key={period}
        href={`/portal?days=${period}`}
        aria-current={period === days ? "page" : undefined}
        className={cn(
          "rounded px-3 py-1.5 text-sm font-medium",
          period === days ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
        )}
      >
        Last {period} days
      </Link>
    ))}
  </nav>
);
