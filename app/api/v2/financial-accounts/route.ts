import { handleListFinancialAccounts } from "@/server/api/rest/financial-accounts/list-financial-accounts";

export const GET = handleListFinancialAccounts;
