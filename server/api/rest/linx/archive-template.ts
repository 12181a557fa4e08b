import { archiveTemplate } from "@/server/services/templates/archive-template";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { TemplateDto } from "./template-schemas";

export const archiveTemplateRoute = defineRoute({
  method: "POST",
  path: "/linx/templates/{id}/archive",
  operationId: "archiveTemplate",
  summary: "Archive a template",
  description:
    "It can no longer be sent (422) or changed (409). Workflows already sent from it go on. Archiving twice answers the same.",
  tags: ["Templates"],
  params: objectIdParams,
  responses: { 200: { description: "The template, ARCHIVED", schema: TemplateDto } },
});

export const handleArchiveTemplate = withApiKey(
  async ({ principal: { businessId, actor }, params }) => ({
    status: 200,
    body: await archiveTemplate({ businessId, templateId: params.id, actor }),
  }),
  { route: archiveTemplateRoute },
);
