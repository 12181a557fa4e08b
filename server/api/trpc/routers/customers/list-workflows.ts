import { z } from "zod";
import { objectId } from "../../../../services/object-id";
import { decodePosition, encodePosition } from "../../../../services/pagination/position-cursor";
import { listWorkflowSummaries } from "../../../../services/workflows/list-workflow-summaries";
import { businessProcedure } from "../../init";
import { ZWorkflowSummaryPage } from "../workflows/workflow-outputs";
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
    return { items, nextCursor: next ? encodePosition(next) : null, previousCursor: previous ? encodePosition(previous) : null };
  });
