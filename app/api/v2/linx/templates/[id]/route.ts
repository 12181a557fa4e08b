import { handleGetTemplate } from "@/server/api/rest/linx/get-template";

export const GET = handleGetTemplate;
