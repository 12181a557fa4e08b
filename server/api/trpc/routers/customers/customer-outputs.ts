import { z } from "zod";
import { CustomerStatus } from "@/server/generated/prisma/enums";
import { CustomerDto } from "@/server/api/rest/customers/customer-schemas";
import { isoDateTime } from "@/server/api/rest/date-time";
import { FinancialAccountDto } from "@/server/api/rest/financial-accounts/financial-account-schemas";
import { TransactionDetailDto } from "@/server/api/rest/transactions/transaction-schemas";

// What the customer procedures may send to the browser: the REST API's own DTOs where they exist
// (accounts masked to their last four digits), so the Portal shows no more and no less.

const ZCustomerSummary = z.object({
  id: z.string(),
  status: z.enum(CustomerStatus),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  createdAt: isoDateTime,
  workflowCount: z.number().int(),
});

export const ZCustomerSummaryPage = z.object({ items: z.array(ZCustomerSummary), nextCursor: z.string().nullable() });

const ZAcceptance = z.object({
  id: z.string(),
  acceptedAt: isoDateTime,
  contentHash: z.string(),
  ipAddress: z.string().nullable(),
  document: z.object({ key: z.string(), title: z.string(), version: z.number().int() }),
  workflow: z.object({ id: z.string(), title: z.string() }).nullable(),
});

const newest = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), hasMore: z.boolean() });

export const ZCustomerDetail = z.object({
  customer: CustomerDto,
  emailUnsubscribedAt: isoDateTime.nullable(),
  financialAccounts: newest(FinancialAccountDto),
  acceptances: newest(ZAcceptance),
});

export const ZCustomerTransactionPage = z.object({
  items: z.array(TransactionDetailDto),
  nextCursor: z.string().nullable(),
});

export type CustomerDetailOutput = z.infer<typeof ZCustomerDetail>;
export type CustomerTransactionOutput = z.infer<typeof TransactionDetailDto>;
