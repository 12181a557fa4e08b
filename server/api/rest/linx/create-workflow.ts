import { createWorkflowFromTemplate } from "@/server/services/templates/create-workflow-from-template";
import { createWorkflow } from "@/server/services/workflows/create-workflow";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { CreatedWorkflowDto, createWorkflowBody } from "./workflow-schemas";

export const createWorkflowRoute = defineRoute({
  method: "POST",
  path: "/linx/workflows",
  operationId: "createWorkflow",
  summary: "Create a workflow and text its link to the customer",
  description:
    "Give `steps`, or a `templateId` with the customer's `phoneNumber` (and optionally an `amount`). The first text leaves at once. " +
    "Invalid input, such as two of step 2, move-money without a financial account or an unknown document, is a 422 whose `details` name each field.",
  tags: ["Workflows"],
  body: createWorkflowBody,
  responses: {
    201: { description: "The workflow, ACTIVE; with `passcode` when you asked for one", schema: CreatedWorkflowDto },
  },
});

/** The response: the workflow, and its passcode this once (never its link). */
const createdBody = (created: unknown) => {
  const { workflow, passcode } = created as Awaited<ReturnType<typeof createWorkflow>>;
  return { ...workflow, passcode };
};

export const handleCreateWorkflow = withApiKey(
  async ({ principal, body }) => {
    const { businessId, actor } = principal;
    const { templateId, phoneNumber, amount, steps, title, ...options } = body;
    // createWorkflowBody's refinement holds: a template comes with phoneNumber, steps with title.
    const created = templateId
      ? await createWorkflowFromTemplate({
          businessId,
          actor,
          templateId,
          recipient: { phoneNumber: phoneNumber!, amount },
          overrides: { title, ...options },
        })
      : await createWorkflow({
          businessId,
          actor,
          input: { title: title!, steps: steps!, ...options },
          defaultExpireInHours: principal.defaultExpireInHours,
          textAllowance: principal.textAllowance,
        });
    return { status: 201, body: createdBody(created) };
  },
  { route: createWorkflowRoute, replyBody: createdBody },
);
