import type { AccountFormState } from "@/components/portal/account/account-form-state";
import { inputProblems } from "@/server/errors";

// Maps what an account service throws to what its form shows. Anything else is a bug, not bad
// input, and is thrown on.

export const toAccountFormState = (error: unknown): AccountFormState => {
  const problems = inputProblems(error);
  if (!problems) throw error;
  const fieldErrors: Record<string, string> = {};
  for (const { path, message } of problems) fieldErrors[path] ??= message;
  return Object.keys(fieldErrors).length > 0
    ? { fieldErrors }
    : { fieldErrors, formError: error instanceof Error ? error.message : undefined };
};
