import { z } from "zod";
import { ZNotificationParameters, ZStep, ZSteps, type Step } from "@/server/contracts/workflows/step-parameters";

// A template's steps are a workflow's steps without the one thing that differs per customer:
// the notification's phone number. The step rules stay in ZSteps; templates borrow them.

const [notificationStep, ...otherSteps] = ZStep.options;
if (notificationStep.shape.name.value !== "notification") throw new Error("ZStep must list notification first");

const ZTemplateStep = z.discriminatedUnion("name", [
  notificationStep.extend({ parameters: ZNotificationParameters.omit({ phoneNumber: true }) }),
  ...otherSteps,
]);

export type TemplateStep = z.output<typeof ZTemplateStep>;

/** The steps with `phoneNumber` filled in: exactly what createWorkflow takes. */
export const withPhoneNumber = (steps: TemplateStep[], phoneNumber: string): Step[] =>
  steps.map((step) =>
    step.name === "notification" ? { ...step, parameters: { ...step.parameters, phoneNumber } } : step,
  );

// Any valid number will do: only the rules between steps (and what they name) are checked with it.
export const SAMPLE_PHONE_NUMBER = "+14155550100";

/**
 * Issues of the rules between steps are about the whole list or a step's name; issues inside a
 * step's parameters were already reported by ZTemplateStep and are not repeated.
 */
const isRuleIssue = (issue: z.core.$ZodIssue) =>
  issue.path.length === 0 || (issue.path.length === 2 && issue.path[1] === "name" && issue.code === "custom");

export const ZTemplateSteps = z
  .array(ZTemplateStep)
  .superRefine((steps, ctx) => {
    const checked = ZSteps.safeParse(withPhoneNumber(steps, SAMPLE_PHONE_NUMBER));
    for (const issue of (checked.error?.issues ?? []).filter(isRuleIssue))
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  })
  .meta({
    description:
      "2 to 8 steps, in the order and with the rules of a workflow's steps; the notification step has no phoneNumber.",
  });
