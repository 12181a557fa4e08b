import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/errors";

/**
 * The only fields of a financial account that ever leave the server: the last four digits,
 * never the number, and never `encryptedNumber`. Everything that shows an account selects this.
 */
export const MASKED_FINANCIAL_ACCOUNT_SELECT = {
  id: true,
  customerId: true,
  type: true,
  subType: true,
  status: true,
  holderName: true,
  lastFour: true,
  routingNumber: true,
  createdAt: true,
} satisfies Prisma.FinancialAccountSelect;

/** The same 404 whether the account never existed or belongs to another business. */
export const financialAccountNotFound = () => new AppError("NOT_FOUND", "Financial account not found");
