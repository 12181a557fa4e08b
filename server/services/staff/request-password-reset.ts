import "server-only";
import { z } from "zod";
import { newSingleUseLink } from "@/server/auth/single-use-link";
import { zEmailAddress } from "@/server/mail/email-address";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { queueEmail } from "@/server/services/mail/queue-email";
import { findUserIdByEmail } from "./find-user-id-by-email";
import { PASSWORD_RESET_MINUTES, passwordResetUrl } from "./password-reset";

export const ZPasswordResetRequest = z.object({ email: zEmailAddress });

// One reset email a minute per account at most: the form cannot be used to flood a mailbox.
const RESEND_AFTER_MS = 60_000;

/**
 * "Forgot your password?": emails the account a single-use link (1 hour) to choose a new one,
 * replacing any earlier link. Says nothing either way: the caller answers the same whether or
 * not the address has an account.
 */
export const requestPasswordReset = async ({
  input,
  now = new Date(),
}: {
  input: z.input<typeof ZPasswordResetRequest>;
  now?: Date;
}) => {
  const { email } = ZPasswordResetRequest.parse(input);
  await inUnitOfWork(async (uow) => {
    const userId = await findUserIdByEmail(email, uow.tx);
    if (!userId) return;
    const lifetime = PASSWORD_RESET_MINUTES * 60_000;
    const { token, tokenHash, expiresAt } = newSingleUseLink(lifetime, now);
    // Claimed by a conditional update: of two requests at once, or within the minute, one sends.
    const { count } = await uow.tx.user.updateMany({
      where: {
        id: userId,
        OR: [
          { passwordResetExpiresAt: null },
          { passwordResetExpiresAt: { lte: new Date(now.getTime() + lifetime - RESEND_AFTER_MS) } },
        ],
      },
      data: { passwordResetTokenHash: tokenHash, passwordResetExpiresAt: expiresAt },
    });
    if (count === 0) return;
    const user = await uow.tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    await queueEmail(uow, {
      purpose: "PASSWORD_RESET",
      to: user.email,
      link: passwordResetUrl(token),
      content: {
        lang: "en",
        subject: "Reset your LinX password",
        paragraphs: [
          `Hello ${user.name},`,
          "Someone asked to reset the password of your LinX account. If it was you, choose a new password through the link. Your other sessions then end.",
        ],
        action: {
          label: "Choose a new password",
          hint: `The link works once, for ${PASSWORD_RESET_MINUTES} minutes. If you did not ask, ignore this email: your password stays as it is.`,
        },
      },
    });
  });
};
