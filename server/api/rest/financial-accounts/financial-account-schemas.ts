import { z } from "zod";
import { FinancialAccountStatus, FinancialAccountSubType, FinancialAccountType } from "@/server/generated/prisma/enums";
import { isoDateTime } from "@/server/api/rest/date-time";
import { objectId } from "@/server/contracts/object-id";
import { pageOf, paginationQuery } from "@/server/api/rest/pagination";

/** Masked: the last four digits only. The full number is never served, in any form. */
export const FinancialAccountDto = z
  .object({
    id: z.string(),
    customerId: z.string(),
    type: z.enum(FinancialAccountType),
    subType: z.enum(FinancialAccountSubType),
    status: z.enum(FinancialAccountStatus),
    holderName: z.string(),
    lastFour: z.string().meta({ description: "The last four digits of the account or card number." }),
    routingNumber: z.string().nullable().meta({ description: "Bank accounts only; null for cards." }),
    createdAt: isoDateTime,
  })
  .meta({ id: "FinancialAccount" });

export const FinancialAccountPageDto = pageOf(FinancialAccountDto).meta({ id: "FinancialAccountPage" });

export const listFinancialAccountsQuery = paginationQuery.extend({
  customerId: objectId.optional().meta({ description: "Only this customer's accounts." }),
  status: z.enum(FinancialAccountStatus).optional(),
});
