import "server-only";
import { db } from "@/server/db";
import { financialAccountNotFound, MASKED_FINANCIAL_ACCOUNT_SELECT } from "./financial-account-view";

export const getFinancialAccount = async ({
  businessId,
  financialAccountId,
}: {
  businessId: string;
  financialAccountId: string;
}) => {
  const account = await db().financialAccount.findFirst({
    where: { id: financialAccountId, businessId },
    select: MASKED_FINANCIAL_ACCOUNT_SELECT,
  });
  if (!account) throw financialAccountNotFound();
  return account;
};
