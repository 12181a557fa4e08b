import { ZCustomerListParams, toCustomerFilters } from "@/server/contracts/customers/customer-list-params";
import { listCustomerSummaries } from "@/server/services/customers/list-customer-summaries";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZCustomerSummaryPage } from "./customer-outputs";
import { nextCursorOf, toPageRequest, ZPageInput } from "./customer-page";

const ZListCustomersInput = ZCustomerListParams.extend(ZPageInput);

export const listCustomersProcedure = businessProcedure("VIEWER")
  .input(ZListCustomersInput)
  .output(ZCustomerSummaryPage)
  .query(async ({ ctx, input: { cursor, limit, ...params } }) => {
    const page = await listCustomerSummaries({
      businessId: ctx.business.id,
      filters: toCustomerFilters(params),
      page: toPageRequest({ cursor, limit }),
    });
    return { items: page.items, nextCursor: nextCursorOf(page) };
  });
