import { handleGetBusiness } from "@/server/api/rest/business/get-business";

export const GET = handleGetBusiness;
