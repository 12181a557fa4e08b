import { decodePosition, encodePosition } from "../../../../services/pagination/position-cursor";
import { listWorkflowSummaries } from "../../../../services/workflows/list-workflow-summaries";
import { toWorkflowListQuery, ZWorkflowListParams } from "../../../../services/workflows/workflow-list-params";
import { businessProcedure } from "../../init";
import { z } from "zod";
import { ZWorkflowSummaryPage } from "./workflow-outputs";

export const PORTAL_PAGE_SIZE = 25;

export const ZListWorkflowsInput = ZWorkflowListParams.extend({ cursor: z.string().max(300).optional() });

export const listWorkflowsProcedure = businessProcedure("VIEWER")
  .input(ZListWorkflowsInput)
  .output(ZWorkflowSummaryPage)
  .query(async ({ ctx, input: { cursor, ...params } }) => {
    const { items, next } = await listWorkflowSummaries({
      businessId: ctx.business.id,
      ...toWorkflowListQuery(params),
      limit: PORTAL_PAGE_SIZE,
      after: cursor ? decodePosition(cursor) : undefined,
    });
    return { items, nextCursor: next ? encodePosition(next) : null };
  });
