import { createWorkflowFromTemplate } from "@/server/services/templates/create-workflow-from-template";
import { ZTemplateRecipientInput } from "@/server/contracts/templates/template-recipient-input";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZCreatedWorkflow } from "./workflow-outputs";

/** Operators and above send the current version of a template to one customer. */
export const createWorkflowFromTemplateProcedure = businessProcedure("OPERATOR")
  .input(ZTemplateRecipientInput)
  .output(ZCreatedWorkflow)
  .mutation(async ({ ctx, input: { templateId, phoneNumber, email, amount, authentication, locale } }) => {
    const created = await createWorkflowFromTemplate({
      businessId: ctx.business.id,
      actor: ctx.actor,
      templateId,
      recipient: { phoneNumber, email, amount },
      overrides: { authentication, locale },
    });
    return { id: created.workflow.id, title: created.workflow.title, passcode: created.passcode ?? null };
  });
