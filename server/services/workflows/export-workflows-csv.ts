import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { listWorkflowSummaries } from "./list-workflow-summaries";
import type { Position } from "@/server/services/pagination/keyset";
import type { WorkflowFilters, WorkflowOrder } from "./workflow-list-query";
import type { WorkflowSummary } from "./workflow-summary";

/** Rows per query: memory stays bounded by one batch however long the export is. */
const EXPORT_BATCH_SIZE = 500;

const COLUMNS: Array<[string, (w: WorkflowSummary) => string | number | null]> = [
  ["id", (w) => w.id],
  ["status", (w) => w.status],
  ["title", (w) => w.title],
  ["customer_name", (w) => w.customerName],
  ["phone_number", (w) => w.phoneNumber],
  ["template", (w) => (w.template ? `${w.template.name} v${w.template.version}` : null)],
  ["steps_completed", (w) => w.stepsCompleted],
  ["steps_total", (w) => w.stepsTotal],
  ["decline_reason", (w) => w.declineReason],
  ["created_at", (w) => w.createdAt],
  ["updated_at", (w) => w.updatedAt],
  ["expire_at", (w) => w.expireAt],
  ["opened_at", (w) => w.openedAt],
  ["completed_at", (w) => w.completedAt],
];

/** RFC 4180 quoting; a text cell that a spreadsheet would run as a formula is prefixed with '. */
const cell = (value: string | number | null) => {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : /^[=@\t\r-]|^\+(?!\d+$)/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

const line = (cells: Array<string | number | null>) => `${cells.map(cell).join(",")}\r\n`;

type ExportInput = { businessId: string; actor: Actor; filters: WorkflowFilters; order: WorkflowOrder };

/**
 * The filtered workflow list as CSV, one batch of rows at a time (keyset pages, so batch N costs
 * what batch 1 does). Records who exported what before the first row.
 */
export async function* exportWorkflowsCsv({ businessId, actor, filters, order }: ExportInput): AsyncGenerator<string> {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      businessId,
      actor,
      action: "workflow.exported",
      targetType: "Workflow",
      metadata: JSON.parse(JSON.stringify({ filters, order })),
    }),
  );
  yield line(COLUMNS.map(([name]) => name));
  let after: Position | undefined;
  do {
    const { items, next } = await listWorkflowSummaries({
      businessId,
      filters,
      order,
      limit: EXPORT_BATCH_SIZE,
      after,
    });
    yield items.map((w) => line(COLUMNS.map(([, read]) => read(w)))).join("");
    after = next ?? undefined;
  } while (after);
}
