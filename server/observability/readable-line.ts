// The embedded default's log format: "03:15:47 INFO  [jobs] job done kind=… lane=…", one line per
// entry, from the JSON line pino wrote (already scrubbed). Only for LOG_FORMAT=readable.

const OMIT = new Set(["time", "level", "msg", "component"]);

const show = (value: unknown) =>
  typeof value === "string" ? (/[\s"]/.test(value) ? JSON.stringify(value) : value) : JSON.stringify(value);

export const readableLine = (json: string): string => {
  try {
    const entry = JSON.parse(json) as Record<string, unknown>;
    const time = typeof entry.time === "string" ? entry.time.slice(11, 19) : "";
    const level = String(entry.level ?? "")
      .toUpperCase()
      .padEnd(5);
    const component = entry.component ? `[${String(entry.component)}] ` : "";
    const rest = Object.entries(entry).filter(([key]) => !OMIT.has(key) && key !== "err");
    const fields = rest.map(([key, value]) => `${key}=${show(value)}`).join(" ");
    const err = typeof entry.err === "string" ? `\n  ${entry.err.replace(/\n/g, "\n  ")}` : "";
    return `${time} ${level} ${component}${String(entry.msg ?? "")}${fields ? ` ${fields}` : ""}${err}\n`;
  } catch {
    return json;
  }
};
