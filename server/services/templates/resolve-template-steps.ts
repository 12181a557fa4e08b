import "server-only";
import { AppError, zodProblems } from "@/server/errors";
import { toE164 } from "@/server/sms/phone-number";
import { ZMoveMoneyParameters, type Step } from "@/server/contracts/workflows/step-parameters";
import { withRecipient, ZTemplateSteps } from "@/server/contracts/templates/template-steps";
import { zEmailAddress } from "@/server/mail/email-address";

export type TemplateRecipient = {
  /** Required for an SMS template; optional (kept, not texted) for an EMAIL one. */
  phoneNumber?: string | undefined;
  /** Required for an EMAIL template. */
  email?: string | undefined;
  /** Replaces the move-money amount, e.g. each customer's own amount in a bulk collection. */
  amount?: string;
};

const refuse = (path: string, message: string) =>
  new AppError("UNPROCESSABLE", `${path} ${message}`, [{ path, message }]);

/**
 * A template version's steps made into one customer's workflow steps: the phone number (SMS) or
 * email address (EMAIL) filled in, the amount replaced when given. The result passes ZSteps, so
 * createWorkflow takes it as it is.
 */
export const resolveTemplateSteps = (
  version: { steps: unknown },
  { phoneNumber, email, amount }: TemplateRecipient,
): Step[] => {
  const stored = ZTemplateSteps.safeParse(version.steps);
  const byEmail = stored.data?.some((step) => step.name === "notification" && step.parameters.channel === "EMAIL");
  const e164 = phoneNumber?.trim() ? toE164(phoneNumber) : undefined;
  if (e164 === null || (!byEmail && !e164))
    throw refuse("phoneNumber", "must be a valid phone number in international format, like +14155550123");
  const address = byEmail ? zEmailAddress.safeParse(email ?? "") : undefined;
  if (address && !address.success) throw refuse("email", "must be a valid email address, like ana@example.com");
  if (!byEmail && email?.trim()) throw refuse("email", "is only taken for a template that sends by email");
  const checkedAmount = amount === undefined ? undefined : ZMoveMoneyParameters.shape.amount.safeParse(amount);
  if (checkedAmount && !checkedAmount.success)
    throw refuse("amount", checkedAmount.error.issues[0]?.message ?? "is not valid");
  if (!stored.success) {
    const problems = zodProblems(stored.error).map(({ path, message }) => ({ path: `steps.${path}`, message }));
    throw new AppError("UNPROCESSABLE", "The template's steps are no longer valid", problems);
  }
  const steps = withRecipient(stored.data, { phoneNumber: e164, email: address?.data });
  if (!checkedAmount) return steps;
  if (!steps.some((step) => step.name === "move-money"))
    throw refuse("amount", "can only be given for a template with a move-money step");
  return steps.map((step) =>
    step.name === "move-money" ? { ...step, parameters: { ...step.parameters, amount: checkedAmount.data } } : step,
  );
};
