import { z } from "zod";

// What a staff user may set on their own account. The forms and the services read the same
// schemas; `email` is the account's own address, which a password must not be.

export const MIN_PASSWORD_LENGTH = 12;

// bcrypt reads the first 72 bytes of a password and ignores the rest: a longer one would only
// seem stronger, and two that share those bytes would be the same password.
export const MAX_PASSWORD_BYTES = 72;

const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .refine(
    (value) => new TextEncoder().encode(value).length <= MAX_PASSWORD_BYTES,
    `Use at most ${MAX_PASSWORD_BYTES} characters (fewer with accents or emoji)`,
  );

const ZConfirmation = z.string().max(200, "Use at most 200 characters");

const newPasswordRules =
  (email: string) => (value: { newPassword: string; confirmPassword: string }, ctx: z.RefinementCtx) => {
    if (value.newPassword.trim().toLowerCase() === email.trim().toLowerCase()) {
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Choose a password other than your email address",
      });
    }
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords do not match" });
    }
  };

/** A password chosen through an emailed link: an invitation's first one, or a reset. */
export const choosePasswordSchema = (email: string) =>
  z.object({ newPassword: ZNewPassword, confirmPassword: ZConfirmation }).superRefine(newPasswordRules(email));

export const changePasswordSchema = (email: string) =>
  z
    .object({
      currentPassword: z.string().min(1, "Enter your current password").max(200, "Use at most 200 characters"),
      newPassword: ZNewPassword,
      confirmPassword: ZConfirmation,
    })
    .superRefine(newPasswordRules(email));

export type ChoosePasswordFields = z.input<ReturnType<typeof choosePasswordSchema>>;
export type ChangePasswordFields = z.input<ReturnType<typeof changePasswordSchema>>;

export const ZAccountNameInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
});

export type AccountNameFields = z.input<typeof ZAccountNameInput>;

/** A refusal shown beside one field of an account form. */
export const fieldProblem = (path: string, message: string) => [{ path, message }];
