import { TRPCError } from "@trpc/server";
import { db } from "@/server/db";
import type { Role } from "@/server/generated/prisma/enums";
import type { TrpcContext } from "@/server/api/trpc/context";
import { createCaller } from "@/server/api/trpc/root";
import { createTestBusiness, uniqueSuffix } from "./factories";

// Two businesses for procedure tests: A with one member per role, B with an owner of its own.

export type StaffKey = "ownerA" | "adminA" | "operatorA" | "viewerA" | "ownerB";

const MEMBERS: Array<[StaffKey, "A" | "B", Role]> = [
  ["ownerA", "A", "OWNER"],
  ["adminA", "A", "ADMIN"],
  ["operatorA", "A", "OPERATOR"],
  ["viewerA", "A", "VIEWER"],
  ["ownerB", "B", "OWNER"],
];

export const createStaffWorld = async () => {
  const a = await createTestBusiness({ name: "Alpha" });
  const b = await createTestBusiness({ name: "Bravo" });
  const tag = uniqueSuffix();
  const users = {} as Record<StaffKey, string>;
  for (const [key, business, role] of MEMBERS) {
    const user = await db().user.create({
      data: { email: `${key}-${tag}@staff.test`, name: key, passwordHash: "unused" },
      select: { id: true },
    });
    await db().membership.create({ data: { userId: user.id, businessId: business === "A" ? a.id : b.id, role } });
    users[key] = user.id;
  }
  const asUser = (id: string) => {
    const ctx: TrpcContext = { user: { id, email: `${id}@staff.test`, name: id }, ipAddress: "203.0.113.9" };
    return createCaller(ctx);
  };
  const as = (key: StaffKey) => asUser(users[key]);
  return { a, b, users, as, asUser };
};

/** "OK", or the tRPC error code a call was refused with. */
export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`),
  );
