import { z } from "zod";
import { type FieldProblem, isAppError } from "@/server/errors";
import type { Translator } from "@/server/i18n/translator";
import type { FormState } from "@/server/contracts/gateway/form-state";

// Maps what a Gateway service throws to what its form shows. Anything not listed here is a
// bug, not bad input, and is rethrown by the caller.

const HANDLED = new Set(["BAD_REQUEST", "UNPROCESSABLE", "CONFLICT", "RATE_LIMITED", "NOT_FOUND"]);

/** A message that is a catalog key (the Gateway's input schemas and services use them) in the customer's words; other messages as they are. */
const worded = (t: Translator, message: string) =>
  /^(validation|conflict)\.\w+$/.test(message) && t.has(message as "validation.city")
    ? t(message as "validation.city")
    : message;

const issueMessage = (t: Translator, issue: z.core.$ZodIssue) =>
  issue.code === "too_big" && issue.origin === "string"
    ? t("gateway.form.tooLong", { max: Number(issue.maximum) })
    : worded(t, issue.message);

const collect = (problems: FieldProblem[]) => {
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { path, message } of problems) {
    if (!path) unplaced.push(message);
    else fieldErrors[path] ??= message;
  }
  return { fieldErrors, unplaced };
};

export const toFormState = (t: Translator, error: unknown, values?: Record<string, string>): FormState | null => {
  if (error instanceof z.ZodError) {
    const { fieldErrors, unplaced } = collect(
      error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issueMessage(t, issue) })),
    );
    return { fieldErrors, formError: unplaced[0] ?? t("gateway.form.checkFields"), values };
  }
  if (isAppError(error) && HANDLED.has(error.code)) {
    const { fieldErrors, unplaced } = collect(
      error.problems.map(({ path, message }) => ({ path, message: worded(t, message) })),
    );
    return { fieldErrors, formError: unplaced[0] ?? worded(t, error.message), values };
  }
  return null;
};
