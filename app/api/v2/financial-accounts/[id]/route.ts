import { handleGetFinancialAccount } from "@/server/api/rest/financial-accounts/get-financial-account";

export const GET = handleGetFinancialAccount;
