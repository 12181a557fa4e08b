import { handleArchiveTemplate } from "@/server/api/rest/linx/archive-template";

export const POST = handleArchiveTemplate;
