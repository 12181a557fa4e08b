import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAccountAudit } from "./record-account-audit";
import { type AccountNameFields, ZAccountNameInput } from "@/server/contracts/staff/staff-account-input";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** The name the user's teams see. Returns the saved name. */
export const renameStaffAccount = async ({
  userId,
  input,
  actor,
}: {
  userId: string;
  input: AccountNameFields;
  actor: Actor;
}) => {
  const next = ZAccountNameInput.parse(input).name;
  return inUnitOfWork(async ({ tx }) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
    if (!user) throw new AppError("NOT_FOUND", "Account not found");
    if (user.name === next) return { name: next };
    await tx.user.update({ where: { id: userId }, data: { name: next }, select: { id: true } });
    await recordAccountAudit(tx, { userId, actor, action: "account.renamed", metadata: { from: user.name, to: next } });
    return { name: next };
  });
};
