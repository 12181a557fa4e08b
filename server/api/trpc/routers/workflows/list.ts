import { z } from "zod";
import { decodePosition, encodePosition } from "@/server/services/pagination/position-cursor";
import { listWorkflowSummaries } from "@/server/services/workflows/list-workflow-summaries";
import { toWorkflowListQuery, ZWorkflowListParams } from "@/server/contracts/workflows/workflow-list-params";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZWorkflowSummaryPage } from "./workflow-outputs";

const PORTAL_PAGE_SIZE = 25;

const ZCursor = z.string().max(300).optional();

/** The list's URL state and where the page starts: `after` the next cursor, or `before` the previous one. */
const ZListWorkflowsInput = ZWorkflowListParams.extend({ after: ZCursor, before: ZCursor }).refine(
  (input) => !(input.after && input.before),
  {
    message: "Give the page's after or before cursor, not both",
    path: ["before"],
  },
);

export const listWorkflowsProcedure = businessProcedure("VIEWER")
  .input(ZListWorkflowsInput)
  .output(ZWorkflowSummaryPage)
  .query(async ({ ctx, input: { after, before, ...params } }) => {
    const { items, next, previous } = await listWorkflowSummaries({
      businessId: ctx.business.id,
      ...toWorkflowListQuery(params),
      limit: PORTAL_PAGE_SIZE,
      after: after ? decodePosition(after) : undefined,
      before: before ? decodePosition(before) : undefined,
    });
    return {
      items,
      nextCursor: next ? encodePosition(next) : null,
      previousCursor: previous ? encodePosition(previous) : null,
    };
  });
