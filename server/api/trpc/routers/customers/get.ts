import { z } from "zod";
import { getCustomerDetail } from "@/server/services/customers/get-customer-detail";
import { objectId } from "@/server/contracts/object-id";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZCustomerDetail } from "./customer-outputs";

export const getCustomerProcedure = businessProcedure("VIEWER")
  .input(z.object({ customerId: objectId }))
  .output(ZCustomerDetail)
  .query(({ ctx, input }) => getCustomerDetail({ businessId: ctx.business.id, customerId: input.customerId }));
