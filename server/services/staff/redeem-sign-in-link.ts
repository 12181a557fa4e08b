import { db } from "../../db";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import { recordAccountAudit } from "./record-account-audit";
import { signInTokenHash } from "./sign-in-link";
import { choosePasswordSchema, type ChoosePasswordFields } from "./staff-account-input";

const spent = () => new AppError("CONFLICT", "This sign-in link has expired or was already used. Ask whoever sent it for a new one.");

/**
 * A new owner chooses their password through the operator's link. The link works once: the
 * password is stored by a conditional update on the unexpired token, which it clears.
 */
export const redeemSignInLink = async ({ token, input, ipAddress, now = new Date() }: { token: string; input: ChoosePasswordFields; ipAddress?: string; now?: Date }) => {
  const hash = signInTokenHash(token);
  const user = hash ? await db().user.findFirst({ where: { signInTokenHash: hash, signInTokenExpiresAt: { gt: now } }, select: { id: true, email: true } }) : null;
  if (!user) throw spent();
  const { newPassword } = choosePasswordSchema(user.email).parse(input);
  const passwordHash = await hashPassword(newPassword);
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, signInTokenHash: hash, signInTokenExpiresAt: { gt: now } },
      data: { passwordHash, passwordChangeRequired: false, passwordExpiresAt: null, signInTokenHash: null, signInTokenExpiresAt: null, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw spent();
    await recordAccountAudit(tx, { userId: user.id, actor: { type: "USER", id: user.id, ...(ipAddress ? { ipAddress } : {}) }, action: "account.password-chosen" });
  });
  return { email: user.email };
};
