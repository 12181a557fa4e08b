import "server-only";
import type { PagePosition } from "@/server/services/pagination/keyset-page";
import { AUDIT_CSV_HEADER, auditEntryCsvLine, toCsvLine } from "./audit-csv";
import type { AuditFilters } from "./audit-filters";
import { listAuditEntries } from "./list-audit-entries";

const BATCH = 500;

/**
 * The filtered audit log as a CSV stream, read in keyset batches of 500 as the client reads: memory
 * stays bounded however long the log is, and each batch is one indexed query (plus one for names).
 */
export const streamAuditCsv = ({ businessId, filters }: { businessId: string; filters: AuditFilters }) => {
  const encoder = new TextEncoder();
  let after: PagePosition | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(toCsvLine(AUDIT_CSV_HEADER)));
      }
      const { items, hasMore } = await listAuditEntries({ businessId, filters, page: { limit: BATCH, after } });
      if (items.length > 0) controller.enqueue(encoder.encode(items.map(auditEntryCsvLine).join("")));
      const last = items.at(-1);
      if (!hasMore || !last) return controller.close();
      after = { createdAt: last.createdAt, id: last.id };
    },
  });
};
