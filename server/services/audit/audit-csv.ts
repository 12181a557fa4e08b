import "server-only";
import type { AuditEntry } from "./list-audit-entries";

// The audit log as CSV (RFC 4180): one header line, then one line per entry, newest first.

export const AUDIT_CSV_HEADER = [
  "time_utc",
  "actor_type",
  "actor_id",
  "actor",
  "action",
  "target_type",
  "target_id",
  "ip_address",
  "details",
];

// A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
const neutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const cell = (value: string | null) => {
  if (value === null) return "";
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const toCsvLine = (values: Array<string | null>) => `${values.map(cell).join(",")}\r\n`;

export const auditEntryCsvLine = (entry: AuditEntry) =>
  toCsvLine([
    entry.createdAt.toISOString(),
    entry.actorType,
    entry.actorId,
    entry.actorLabel,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.ipAddress,
    entry.metadata === null || entry.metadata === undefined ? null : JSON.stringify(entry.metadata),
  ]);
