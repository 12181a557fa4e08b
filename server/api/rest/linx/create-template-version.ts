import { updateTemplate } from "@/server/services/templates/update-template";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { templateBody, TemplateDto } from "./template-schemas";

export const createTemplateVersionRoute = defineRoute({
  method: "POST",
  path: "/linx/templates/{id}/versions",
  operationId: "createTemplateVersion",
  summary: "Save a new version of a template",
  description:
    "The body is the whole template as it should now be; it becomes version N+1. Workflows already sent keep their version. An archived template answers 409.",
  tags: ["Templates"],
  params: objectIdParams,
  body: templateBody,
  responses: { 201: { description: "The template at its new version", schema: TemplateDto } },
});

export const handleCreateTemplateVersion = withApiKey(
  async ({ principal: { businessId, actor }, params, body }) => ({
    status: 201,
    body: await updateTemplate({ businessId, templateId: params.id, actor, input: body }),
  }),
  { route: createTemplateVersionRoute },
);
