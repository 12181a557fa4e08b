import { z } from "zod";
import { TransactionStatus, TransactionType } from "@/server/generated/prisma/enums";
import { isoDateTime } from "@/server/api/rest/date-time";
import { FinancialAccountDto } from "@/server/api/rest/financial-accounts/financial-account-schemas";
import { objectId } from "@/server/contracts/object-id";
import { pageOf, paginationQuery } from "@/server/api/rest/pagination";

const status = z.enum(TransactionStatus);

const TransactionDto = z
  .object({
    id: z.string(),
    status: status.meta({
      description:
        "NEW → PENDING → PROCESSING → SETTLED (SEND) or CLEARED (REQUEST); or DECLINED, CANCELLED, ERROR, REVERSED.",
    }),
    transactionType: z.enum(TransactionType),
    solution: z.enum(["ach", "push-to-card", "wire"]),
    amount: z.string().meta({ description: 'Decimal string, e.g. "125.00".', examples: ["125.00"] }),
    currency: z.string(),
    priority: z.string().nullable(),
    description: z.string().nullable(),
    memo: z.string().nullable(),
    paymentReasonId: z.string().nullable(),
    failureReason: z.string().nullable(),
    workflowId: z.string().nullable(),
    customerId: z.string(),
    financialAccount: FinancialAccountDto,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "Transaction" });

export const TransactionDetailDto = TransactionDto.extend({
  statusHistory: z
    .array(
      z.object({
        fromStatus: status.nullable(),
        toStatus: status,
        reason: z.string().nullable(),
        createdAt: isoDateTime,
      }),
    )
    .meta({ description: "Every status the transaction went through, oldest first." }),
}).meta({ id: "TransactionDetail" });

export const TransactionPageDto = pageOf(TransactionDto).meta({ id: "TransactionPage" });

export const listTransactionsQuery = paginationQuery.extend({
  status: status.optional(),
  customerId: objectId.optional().meta({ description: "Only this customer's transactions." }),
});
