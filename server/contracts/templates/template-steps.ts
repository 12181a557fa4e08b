import { z } from "zod";
import { ZNotificationFields, ZStep, ZSteps, type Step } from "@/server/contracts/workflows/step-parameters";

// A template's steps are a workflow's steps without the one thing that differs per customer:
// the notification's phone number or email address (the channel stays the template's). The step rules stay in ZSteps; templates borrow them.

const [notificationStep, ...otherSteps] = ZStep.options;
if (notificationStep.shape.name.value !== "notification") throw new Error("ZStep must list notification first");

const ZTemplateStep = z.discriminatedUnion("name", [
  notificationStep.extend({ parameters: ZNotificationFields.omit({ phoneNumber: true, email: true }) }),
  ...otherSteps,
]);

export type TemplateStep = z.output<typeof ZTemplateStep>;

export type Recipient = { phoneNumber?: string | undefined; email?: string | undefined };

/** The steps with the customer's `phoneNumber` and `email` filled in: exactly what createWorkflow takes. */
export const withRecipient = (steps: TemplateStep[], { phoneNumber, email }: Recipient): Step[] =>
  steps.map((step) =>
    step.name === "notification"
      ? {
          ...step,
          parameters: {
            ...step.parameters,
            ...(phoneNumber ? { phoneNumber } : {}),
            ...(email && step.parameters.channel === "EMAIL" ? { email } : {}),
          },
        }
      : step,
  );

// Any valid number and address will do: only the rules between steps (and what they name) are checked with them.
export const SAMPLE_RECIPIENT = { phoneNumber: "+14155550100", email: "customer@example.com" };

/**
 * Issues of the rules between steps are about the whole list or a step's name; issues inside a
 * step's parameters were already reported by ZTemplateStep and are not repeated.
 */
const isRuleIssue = (issue: z.core.$ZodIssue) =>
  issue.path.length === 0 || (issue.path.length === 2 && issue.path[1] === "name" && issue.code === "custom");

export const ZTemplateSteps = z
  .array(ZTemplateStep)
  .superRefine((steps, ctx) => {
    const checked = ZSteps.safeParse(withRecipient(steps, SAMPLE_RECIPIENT));
    for (const issue of (checked.error?.issues ?? []).filter(isRuleIssue))
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  })
  .meta({
    description:
      "2 to 8 steps, in the order and with the rules of a workflow's steps; the notification step has no phoneNumber or email.",
  });
