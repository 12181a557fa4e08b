import { handleGetTransaction } from "@/server/api/rest/transactions/get-transaction";

export const GET = handleGetTransaction;
