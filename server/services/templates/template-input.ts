import "server-only";
import { z } from "zod";
import { ZCreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { ZTemplateSteps } from "@/server/contracts/templates/template-steps";

/** What a template holds: a workflow's content without the customer's phone number. */
export const ZTemplateInput = ZCreateWorkflowInput.pick({
  title: true,
  customerMemo: true,
  expireInHours: true,
  locale: true,
}).extend({
  name: z.string().trim().min(1).max(100).meta({ description: "For your staff; customers never see it." }),
  steps: ZTemplateSteps,
});

export type TemplateInput = z.input<typeof ZTemplateInput>;
