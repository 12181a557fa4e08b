import { type CreateWorkflowInput, ZCreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { withRecipient } from "@/server/contracts/templates/template-steps";
import { draftSteps, EMPTY_STEPS, formProblems, type StepsDraft } from "@/components/portal/steps/steps-draft";
import type { Authentication } from "./authentication-picker";

// The create form's state, and how it becomes createWorkflow's input. Validation is the service's
// own schema (ZCreateWorkflowInput, phone numbers included), run on every change.

export type Draft = StepsDraft & {
  title: string;
  customerMemo: string;
  expireInDays: string;
  authentication: Authentication;
  /** "" : the customer's browser decides (texts in English). */
  locale: "" | "en" | "es";
  phoneNumber: string;
  /** Used when the notification step's channel is EMAIL. */
  email: string;
};

export const EMPTY_DRAFT: Draft = {
  ...EMPTY_STEPS,
  title: "",
  customerMemo: "",
  expireInDays: "",
  authentication: "NONE",
  locale: "",
  phoneNumber: "",
  email: "",
};

export const workflowSteps = (d: Draft) =>
  withRecipient(draftSteps(d), d.channel === "EMAIL" ? { email: d.email } : { phoneNumber: d.phoneNumber });

export const draftInput = (d: Draft): CreateWorkflowInput => ({
  title: d.title,
  customerMemo: d.customerMemo.trim() ? d.customerMemo : undefined,
  expireInHours: d.expireInDays ? Number(d.expireInDays) * 24 : undefined,
  authentication: d.authentication,
  locale: d.locale || undefined,
  steps: workflowSteps(d),
});

/** Problems by field, from the same schema the server checks. */
export const validateDraft = (d: Draft): Record<string, string> => {
  const input = draftInput(d);
  return formProblems(ZCreateWorkflowInput.safeParse(input).error?.issues ?? [], input.steps);
};
