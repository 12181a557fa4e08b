import { handleCreateTemplate } from "@/server/api/rest/linx/create-template";
import { handleListTemplates } from "@/server/api/rest/linx/list-templates";

export const GET = handleListTemplates;
export const POST = handleCreateTemplate;
