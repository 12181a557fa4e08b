import { listTemplates } from "@/server/services/templates/list-templates";
import { pageBody, toPageRequest } from "@/server/api/rest/pagination";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { listTemplatesQuery, TemplatePageDto } from "./template-schemas";

export const listTemplatesRoute = defineRoute({
  method: "GET",
  path: "/linx/templates",
  operationId: "listTemplates",
  summary: "List templates, newest first",
  tags: ["Templates"],
  query: listTemplatesQuery,
  responses: { 200: { description: "One page of templates, each at its current version", schema: TemplatePageDto } },
});

export const handleListTemplates = withApiKey(
  async ({ principal, query: { limit, cursor, status } }) => {
    const page = await listTemplates({
      businessId: principal.businessId,
      page: toPageRequest({ limit, cursor }),
      status,
    });
    return { status: 200, body: pageBody(page, (template) => template) };
  },
  { route: listTemplatesRoute },
);
