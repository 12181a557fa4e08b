import { createWorkflowFromTemplate } from "@/server/services/templates/create-workflow-from-template";
import { createWorkflow } from "@/server/services/workflows/create-workflow";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { CreatedWorkflowDto, createWorkflowBody } from "./workflow-schemas";

export const createWorkflowRoute = defineRoute({
  method: "POST",
  path: "/linx/workflows",
  operationId: "createWorkflow",
  summary: "Create a workflow and text (or email) its link to the customer",
  description:
    "Give `steps`, or a `templateId` with the customer's `phoneNumber` (or `email`, for a template that emails; and optionally an `amount`). " +
    'The first message leaves at once: a text, or with `"channel": "EMAIL"` in the notification step an email to its `email`. ' +
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
    const { templateId, phoneNumber, email, amount, steps, title, ...options } = body;
    // createWorkflowBody's refinement holds: a template comes with phoneNumber or email, steps with title.
    const created = templateId
      ? await createWorkflowFromTemplate({
          businessId,
          actor,
          templateId,
          recipient: { phoneNumber, email, amount },
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
