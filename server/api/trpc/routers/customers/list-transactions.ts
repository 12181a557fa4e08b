import { z } from "zod";
import { listCustomerTransactions } from "@/server/services/customers/list-customer-transactions";
import { objectId } from "@/server/contracts/object-id";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZCustomerTransactionPage } from "./customer-outputs";
import { nextCursorOf, toPageRequest, ZPageInput } from "./customer-page";

/** One customer's transactions, newest first, each with its status history. */
export const listCustomerTransactionsProcedure = businessProcedure("VIEWER")
  .input(z.object({ customerId: objectId, ...ZPageInput }))
  .output(ZCustomerTransactionPage)
  .query(async ({ ctx, input }) => {
    const page = await listCustomerTransactions({
      businessId: ctx.business.id,
      customerId: input.customerId,
      page: toPageRequest(input),
    });
    return { items: page.items, nextCursor: nextCursorOf(page) };
  });
