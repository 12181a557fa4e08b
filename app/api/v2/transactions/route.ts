import { handleListTransactions } from "@/server/api/rest/transactions/list-transactions";

export const GET = handleListTransactions;
