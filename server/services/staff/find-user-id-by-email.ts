import "server-only";
import type { Tx } from "@/server/db";
import { db } from "@/server/db";

/**
 * The account with this email, whatever its case. Compared with lower() = lower(), not Prisma's
 * case-insensitive `equals`, which is an ILIKE: there `_` and `%` are wildcards, so a_b@x would
 * find axb@x (a sign-in to the wrong account, an invitation attached to a stranger).
 */
export const findUserIdByEmail = async (
  email: string,
  client: Pick<Tx, "$queryRaw"> = db(),
): Promise<string | null> => {
  const rows = await client.$queryRaw<
    Array<{ id: string }>
  >`SELECT "id" FROM "User" WHERE lower("email") = lower(${email}) ORDER BY "createdAt" LIMIT 1`;
  return rows[0]?.id ?? null;
};
