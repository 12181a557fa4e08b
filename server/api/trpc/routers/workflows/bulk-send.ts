import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";
import { bulkCreateWorkflowsFromTemplate } from "@/server/services/templates/bulk-create-workflows-from-template";
import { BULK_CHUNK_SIZE, ZBulkSendRow } from "@/server/contracts/templates/bulk-recipient-row";
import { businessProcedure } from "@/server/api/trpc/init";

const ZBulkSendResult = z.discriminatedUnion("status", [
  z.object({ row: z.number(), status: z.literal("created"), workflowId: z.string() }),
  z.object({ row: z.number(), status: z.literal("failed"), error: z.string() }),
]);

/** Operators and above send a template to one bounded chunk of CSV rows; the browser sends the chunks in turn. */
export const bulkSendWorkflowsProcedure = businessProcedure("OPERATOR")
  .input(z.object({ templateId: objectId, rows: z.array(ZBulkSendRow).min(1).max(BULK_CHUNK_SIZE) }))
  .output(z.object({ results: z.array(ZBulkSendResult) }))
  .mutation(async ({ ctx, input }) => {
    return bulkCreateWorkflowsFromTemplate({
      businessId: ctx.business.id,
      actor: ctx.actor,
      templateId: input.templateId,
      rows: input.rows,
    });
  });
