import { handleGetCustomer } from "@/server/api/rest/customers/get-customer";

export const GET = handleGetCustomer;
