// Dates in the Portal are shown in UTC, the same on the server render and in the browser.

const dateFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

export const formatDateTime = (iso: string) => `${dateTimeFormat.format(new Date(iso))} UTC`;

/** "90 days", "3 days 4 hours", "12 hours". */
export const formatHours = (hours: number) => {
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (days === 0) return part(rest, "hour");
  return rest === 0 ? part(days, "day") : `${part(days, "day")} ${part(rest, "hour")}`;
};
