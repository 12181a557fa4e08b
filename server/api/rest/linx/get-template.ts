import { getTemplate } from "@/server/services/templates/get-template";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { objectIdParams } from "./object-id";
import { TemplateDto } from "./template-schemas";

export const getTemplateRoute = defineRoute({
  method: "GET",
  path: "/linx/templates/{id}",
  operationId: "getTemplate",
  summary: "Get a template at its current version",
  tags: ["Templates"],
  params: objectIdParams,
  responses: { 200: { description: "The template", schema: TemplateDto } },
});

export const handleGetTemplate = withApiKey(
  async ({ principal, params }) => ({
    status: 200,
    body: await getTemplate({ businessId: principal.businessId, templateId: params.id }),
  }),
  { route: getTemplateRoute },
);
