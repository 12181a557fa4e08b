import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Role } from "@/server/generated/prisma/enums";
import type { TrpcContext } from "./context";
import { createCaller } from "./root";
import { createTestBusiness } from "@/server/testing/factories";

// Two businesses, A and B, and one staff user per role in A (plus an owner of B).
const tag = randomUUID().slice(0, 8);
const users: Record<string, string> = {};
let businessA: string;
let businessB: string;

const addMember = async (key: string, businessId: string, role: Role) => {
  const user = await db().user.create({
    data: { email: `${key}-${tag}@authz.test`, name: key, passwordHash: "unused" },
    select: { id: true },
  });
  await db().membership.create({ data: { userId: user.id, businessId, role } });
  users[key] = user.id;
};

const as = (key: string | null) => {
  const ctx: TrpcContext = {
    user: key ? { id: users[key]!, email: `${key}@authz.test`, name: key } : null,
    ipAddress: "203.0.113.7",
  };
  return createCaller(ctx);
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`),
  );

beforeAll(async () => {
  ({ id: businessA } = await createTestBusiness({
    name: "Alpha",
    slug: `alpha-${tag}`,
    documents: false,
    apiKey: false,
  }));
  ({ id: businessB } = await createTestBusiness({
    name: "Bravo",
    slug: `bravo-${tag}`,
    documents: false,
    apiKey: false,
  }));
  await addMember("ownerA", businessA, "OWNER");
  await addMember("adminA", businessA, "ADMIN");
  await addMember("operatorA", businessA, "OPERATOR");
  await addMember("viewerA", businessA, "VIEWER");
  await addMember("ownerB", businessB, "OWNER");
  const workflow = (status: "ACTIVE" | "COMPLETED") => ({
    businessId: businessA,
    title: "Onboarding",
    phoneNumber: "+15555550100",
    status,
    expireAt: new Date(Date.now() + 86_400_000),
    tokenHash: randomUUID(),
    linkNonce: randomUUID(),
  });
  await db().workflow.createMany({ data: [workflow("ACTIVE"), workflow("ACTIVE"), workflow("COMPLETED")] });
});

afterAll(async () => {
  await db().business.deleteMany({ where: { id: { in: [businessA, businessB] } } });
  await db().user.deleteMany({ where: { id: { in: Object.values(users) } } });
});

describe("staffProcedure", () => {
  it("refuses a caller without a session with UNAUTHORIZED", async () => {
    expect(await codeOf(as(null).business.listMine())).toBe("UNAUTHORIZED");
    expect(await codeOf(as(null).dashboard.summary({ businessId: businessA }))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(null).business.rename({ businessId: businessA, name: "Hijacked" }))).toBe("UNAUTHORIZED");
  });

  it("lists only the caller's own businesses", async () => {
    expect(await as("viewerA").business.listMine()).toEqual([
      { businessId: businessA, businessName: "Alpha", businessSlug: `alpha-${tag}`, role: "VIEWER" },
    ]);
  });
});

describe("businessProcedure", () => {
  it("gives a member the real counts of their business", async () => {
    const summary = await as("viewerA").dashboard.summary({ businessId: businessA });
    expect(summary.workflowsByStatus).toMatchObject({ ACTIVE: 2, COMPLETED: 1, CREATED: 0, EXPIRED: 0 });
    expect(summary.teamMembers).toBe(4);
    expect(summary.customers).toBe(0);
  });

  it("refuses staff of business A reading business B with FORBIDDEN", async () => {
    expect(await codeOf(as("ownerA").dashboard.summary({ businessId: businessB }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerA").team.list({ businessId: businessB }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").team.list({ businessId: businessA }))).toBe("FORBIDDEN");
  });

  it("refuses a business that does not exist the same way as someone else's", async () => {
    expect(await codeOf(as("ownerA").dashboard.summary({ businessId: "no-such-business" }))).toBe("FORBIDDEN");
  });

  it("refuses viewers and operators an admin-only procedure with FORBIDDEN and changes nothing", async () => {
    expect(await codeOf(as("viewerA").business.rename({ businessId: businessA, name: "Viewer was here" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(as("operatorA").business.rename({ businessId: businessA, name: "Operator was here" }))).toBe(
      "FORBIDDEN",
    );
    expect((await db().business.findUniqueOrThrow({ where: { id: businessA } })).name).toBe("Alpha");
  });

  it("refuses an owner renaming another business", async () => {
    expect(await codeOf(as("ownerA").business.rename({ businessId: businessB, name: "Taken over" }))).toBe("FORBIDDEN");
    expect((await db().business.findUniqueOrThrow({ where: { id: businessB } })).name).toBe("Bravo");
  });

  it("lets an admin rename their business, with an audit entry naming them", async () => {
    expect(await as("adminA").business.rename({ businessId: businessA, name: "  Alpha Ltd  " })).toEqual({
      id: businessA,
      name: "Alpha Ltd",
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { businessId: businessA, action: "business.renamed" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({
      actorType: "USER",
      actorId: users.adminA,
      ipAddress: "203.0.113.7",
      metadata: { from: "Alpha", to: "Alpha Ltd" },
    });
  });

  it("rejects bad input with BAD_REQUEST before touching the database", async () => {
    expect(await codeOf(as("adminA").business.rename({ businessId: businessA, name: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("adminA").business.rename({ businessId: "", name: "Fine" }))).toBe("BAD_REQUEST");
  });

  it("lists the team with roles, owners first, for any member", async () => {
    const team = await as("viewerA").team.list({ businessId: businessA });
    expect(team.map((member) => member.role)).toEqual(["OWNER", "ADMIN", "OPERATOR", "VIEWER"]);
    expect(Object.keys(team[0]!).sort()).toEqual(["email", "joinedAt", "name", "role", "userId"]);
  });
});
