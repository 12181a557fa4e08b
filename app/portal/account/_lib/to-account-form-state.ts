import { z } from "zod";
import type { AccountFormState } from "@/components/portal/account/account-form-state";
import { isAppError } from "@/server/errors";

// Maps what an account service throws to what its form shows. Anything else is a bug, not bad
// input, and is thrown on.

const firstPerField = (problems: Array<{ path: string; message: string }>) => {
  const fieldErrors: Record<string, string> = {};
  for (const { path, message } of problems) fieldErrors[path] ??= message;
  return fieldErrors;
};

const problemsOf = (details: unknown) =>
  Array.isArray(details) ? details.filter((d): d is { path: string; message: string } => typeof d?.path === "string" && typeof d?.message === "string") : [];

export const toAccountFormState = (error: unknown): AccountFormState => {
  if (error instanceof z.ZodError) return { fieldErrors: firstPerField(error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }))) };
  if (isAppError(error) && error.status < 500) {
    const fieldErrors = firstPerField(problemsOf(error.details));
    return Object.keys(fieldErrors).length > 0 ? { fieldErrors } : { fieldErrors, formError: error.message };
  }
  throw error;
};
