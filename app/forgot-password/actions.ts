"use server";

import { requestPasswordReset, ZPasswordResetRequest } from "@/server/services/staff/request-password-reset";

export type ForgotPasswordState = { sent?: string; error?: string; email?: string };

/** Emails a reset link when the address has an account; the answer is the same either way. */
export const forgotPasswordAction = async (
  _state: ForgotPasswordState,
  form: FormData,
): Promise<ForgotPasswordState> => {
  const email = String(form.get("email") ?? "").slice(0, 254);
  const parsed = ZPasswordResetRequest.safeParse({ email });
  if (!parsed.success) return { error: "Enter a valid email address.", email };
  await requestPasswordReset({ input: parsed.data });
  return {
    sent: `If ${parsed.data.email} has a LinX account, we emailed it a link to choose a new password. The link works once, for an hour. Nothing arrived? Check the spam folder, or try again in a minute.`,
  };
};
