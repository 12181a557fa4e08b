/** A 0..1 share as "42%", or "0.3%" under 10% so a small share never reads as none. */
export const formatShare = (share: number) => {
  const percent = share * 100;
  return percent > 0 && percent < 10 ? `${percent.toFixed(1)}%` : `${Math.round(percent)}%`;
};

/** The conversion, or "—" when nothing was created. */
export const formatConversion = (conversion: number | null) => (conversion === null ? "—" : formatShare(conversion));

/** "45 min", "3.5 h", "2.1 days"; "—" when nothing completed. */
export const formatDuration = (seconds: number | null) => {
  if (seconds === null) return "—";
  const minutes = seconds / 60;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
};

/** "Nov 24" for a "2026-11-24" day. */
export const formatDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
