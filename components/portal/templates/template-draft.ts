import { z } from "zod";
import type { TemplateStep } from "@/server/contracts/templates/template-steps";
import { ZTemplateSteps } from "@/server/contracts/templates/template-steps";
import { draftSteps, EMPTY_STEPS, type StepsDraft, stepsToDraft } from "@/components/portal/steps/steps-draft";

// The template form's state: the steps every form shares, and what a template adds around them.

export type TemplateDraft = StepsDraft & {
  name: string;
  title: string;
  customerMemo: string;
  expireInHours: string;
  /** "" : the customer's browser decides (texts in English). */
  locale: "" | "en" | "es";
};

export const EMPTY_DRAFT: TemplateDraft = {
  ...EMPTY_STEPS,
  name: "",
  title: "",
  customerMemo: "",
  expireInHours: "",
  locale: "",
};

const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** What the template procedures take. */
export const draftToInput = (draft: TemplateDraft) => ({
  name: draft.name,
  title: draft.title,
  customerMemo: optional(draft.customerMemo),
  expireInHours: optional(draft.expireInHours) === undefined ? undefined : Number(draft.expireInHours),
  locale: draft.locale || undefined,
  steps: draftSteps(draft),
});

type StoredTemplate = {
  name: string;
  title: string;
  customerMemo: string | null;
  expireInHours: number | null;
  locale: "en" | "es" | null;
  steps: TemplateStep[];
};

/** A saved version back into the form, to edit it into the next version. */
export const templateToDraft = ({
  name,
  title,
  customerMemo,
  expireInHours,
  locale,
  steps,
}: StoredTemplate): TemplateDraft => ({
  ...stepsToDraft(steps),
  name,
  title,
  customerMemo: customerMemo ?? "",
  expireInHours: expireInHours === null ? "" : String(expireInHours),
  locale: locale ?? "",
});

// The same limits as the template services (ZTemplateInput), worded for the form.
export const ZTemplateDraftInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
  title: z.string().trim().min(1, "Enter the title customers see").max(200, "Use at most 200 characters"),
  customerMemo: z.string().trim().max(500, "Use at most 500 characters").optional(),
  expireInHours: z.number("Enter whole hours").int("Enter whole hours").positive("Enter at least 1 hour").optional(),
  locale: z.enum(["en", "es"]).optional(),
  steps: ZTemplateSteps,
});
