import { handleListCustomers } from "@/server/api/rest/customers/list-customers";

export const GET = handleListCustomers;
