import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";
import { decodePosition, encodePosition } from "@/server/services/pagination/position-cursor";
import { listWorkflowSummaries } from "@/server/services/workflows/list-workflow-summaries";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZWorkflowSummaryPage } from "@/server/api/trpc/routers/workflows/workflow-outputs";
import { ZPageInput } from "./customer-page";

/** One customer's workflows, newest first: the workflow list's own rows, filtered by customer. */
export const listCustomerWorkflowsProcedure = businessProcedure("VIEWER")
  .input(z.object({ customerId: objectId, ...ZPageInput }))
  .output(ZWorkflowSummaryPage)
  .query(async ({ ctx, input }) => {
    const { items, next, previous } = await listWorkflowSummaries({
      businessId: ctx.business.id,
      filters: { customerId: input.customerId },
      limit: input.limit,
      after: input.cursor ? decodePosition(input.cursor) : undefined,
    });
    return {
      items,
      nextCursor: next ? encodePosition(next) : null,
      previousCursor: previous ? encodePosition(previous) : null,
    };
  });
