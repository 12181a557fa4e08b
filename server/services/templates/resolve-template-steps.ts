import "server-only";
import { AppError, zodProblems } from "@/server/errors";
import { toE164 } from "@/server/sms/phone-number";
import { ZMoveMoneyParameters, type Step } from "@/server/contracts/workflows/step-parameters";
import { withPhoneNumber, ZTemplateSteps } from "@/server/contracts/templates/template-steps";

export type TemplateRecipient = {
  phoneNumber: string;
  /** Replaces the move-money amount, e.g. each customer's own amount in a bulk collection. */
  amount?: string;
};

const refuse = (path: string, message: string) =>
  new AppError("UNPROCESSABLE", `${path} ${message}`, [{ path, message }]);

/**
 * A template version's steps made into one customer's workflow steps: the phone number filled in,
 * the amount replaced when given. The result passes ZSteps, so createWorkflow takes it as it is.
 */
export const resolveTemplateSteps = (
  version: { steps: unknown },
  { phoneNumber, amount }: TemplateRecipient,
): Step[] => {
  const e164 = toE164(phoneNumber);
  if (!e164) throw refuse("phoneNumber", "must be a valid phone number in international format, like +14155550123");
  const checkedAmount = amount === undefined ? undefined : ZMoveMoneyParameters.shape.amount.safeParse(amount);
  if (checkedAmount && !checkedAmount.success)
    throw refuse("amount", checkedAmount.error.issues[0]?.message ?? "is not valid");
  const stored = ZTemplateSteps.safeParse(version.steps);
  if (!stored.success) {
    const problems = zodProblems(stored.error).map(({ path, message }) => ({ path: `steps.${path}`, message }));
    throw new AppError("UNPROCESSABLE", "The template's steps are no longer valid", problems);
  }
  const steps = withPhoneNumber(stored.data, e164);
  if (!checkedAmount) return steps;
  if (!steps.some((step) => step.name === "move-money"))
    throw refuse("amount", "can only be given for a template with a move-money step");
  return steps.map((step) =>
    step.name === "move-money" ? { ...step, parameters: { ...step.parameters, amount: checkedAmount.data } } : step,
  );
};
