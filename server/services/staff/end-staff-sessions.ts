import { db } from "../../db";

/**
 * Signing out: sessions are signed cookies with no table behind them, so a copied cookie would
 * outlive the sign-out. Raising the user's session version voids every session token issued
 * before (session-user.ts compares it), this browser's and any copy of it, on every device.
 * Only a token still current may do it, so an already-void one changes nothing.
 */
export const endStaffSessions = async ({ userId, sessionVersion }: { userId: string; sessionVersion: number }) => {
  const { count } = await db().user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
  return { ended: count === 1 };
};
