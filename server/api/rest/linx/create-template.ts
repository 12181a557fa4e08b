import { createTemplate } from "@/server/services/templates/create-template";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { templateBody, TemplateDto } from "./template-schemas";

export const createTemplateRoute = defineRoute({
  method: "POST",
  path: "/linx/templates",
  operationId: "createTemplate",
  summary: "Create a workflow template at version 1",
  description:
    "Send it with `POST /linx/workflows` and `templateId`. Its steps follow the same rules as a workflow's and may name only documents, customers and accounts that exist.",
  tags: ["Templates"],
  body: templateBody,
  responses: { 201: { description: "The template", schema: TemplateDto } },
});

export const handleCreateTemplate = withApiKey(
  async ({ principal: { businessId, actor }, body }) => ({
    status: 201,
    body: await createTemplate({ businessId, actor, input: body }),
  }),
  { route: createTemplateRoute },
);
