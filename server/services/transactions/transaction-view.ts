import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { PaymentSolution } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { MASKED_FINANCIAL_ACCOUNT_SELECT } from "@/server/services/financial-accounts/financial-account-view";

// What the transaction read services return: amounts as decimal strings, the payment solution in
// the product's words (ach, push-to-card, wire), and the account masked.

export const TRANSACTION_SELECT = {
  id: true,
  status: true,
  transactionType: true,
  solution: true,
  amount: true,
  currency: true,
  priority: true,
  description: true,
  memo: true,
  paymentReasonId: true,
  failureReason: true,
  workflowId: true,
  customerId: true,
  createdAt: true,
  updatedAt: true,
  financialAccount: { select: MASKED_FINANCIAL_ACCOUNT_SELECT },
} satisfies Prisma.TransactionSelect;

export const TRANSACTION_DETAIL_SELECT = {
  ...TRANSACTION_SELECT,
  statusHistory: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { fromStatus: true, toStatus: true, reason: true, createdAt: true },
  },
} satisfies Prisma.TransactionSelect;

const SOLUTION_NAMES = { ACH: "ach", PUSH_TO_CARD: "push-to-card", WIRE: "wire" } as const satisfies Record<
  PaymentSolution,
  string
>;

type Row = Prisma.TransactionGetPayload<{ select: typeof TRANSACTION_SELECT }>;

export const toTransactionView = <T extends Row>({ amount, solution, ...row }: T) => ({
  ...row,
  amount: amount.toFixed(2),
  solution: SOLUTION_NAMES[solution],
});

/** The same 404 whether the transaction never existed or belongs to another business. */
export const transactionNotFound = () => new AppError("NOT_FOUND", "Transaction not found");
