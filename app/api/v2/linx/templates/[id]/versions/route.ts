import { handleCreateTemplateVersion } from "@/server/api/rest/linx/create-template-version";

export const POST = handleCreateTemplateVersion;
