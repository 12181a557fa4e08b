import "server-only";
import type { FinancialAccountStatus } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { MASKED_FINANCIAL_ACCOUNT_SELECT } from "./financial-account-view";

export type ListFinancialAccountsInput = {
  businessId: string;
  page: PageRequest;
  customerId?: string;
  status?: FinancialAccountStatus;
};

/** One page of the business's financial accounts (masked), newest first; one customer's with `customerId`. */
export const listFinancialAccounts = async ({ businessId, page, customerId, status }: ListFinancialAccountsInput) => {
  const rows = await db().financialAccount.findMany({
    where: { AND: [{ businessId }, customerId ? { customerId } : {}, status ? { status } : {}, keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: MASKED_FINANCIAL_ACCOUNT_SELECT,
  });
  return toPage(rows, page);
};
