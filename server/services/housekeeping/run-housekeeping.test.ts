import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { SYSTEM } from "@/server/services/actor";
import { createBusiness } from "@/server/services/businesses/create-business";
import { runHousekeeping } from "./run-housekeeping";

// Rows that expired in 2001, swept with the clock at 2001-01-02: other tests' records (expiring
// in the real future) are out of reach, so the counts below are exact on a shared database.
const NOW = new Date("2001-01-02T00:00:00Z");
let businessId = "";
let userId = "";

beforeAll(async () => {
  ({ id: businessId } = await createBusiness({
    name: "Housekeeping Co",
    slug: `housekeeping-${randomBytes(6).toString("hex")}`,
    actor: SYSTEM,
  }));
  await db().idempotencyRecord.createMany({
    data: [...Array(5).keys()].map((i) => ({
      businessId,
      key: `old-${i}`,
      method: "POST",
      path: "/api/v2/x",
      requestHash: "hash",
      responseStatus: 201,
      responseBody: {},
      expiresAt: new Date(Date.UTC(2001, 0, 1, i)),
    })),
  });
  await db().signInAttempt.createMany({
    data: [
      { key: "email:housekeeping-old@test", createdAt: new Date("2001-01-01T00:00:00Z") },
      { key: "email:housekeeping-recent@test", createdAt: new Date("2001-01-01T23:50:00Z") },
    ],
  });
  const user = await db().user.create({
    data: { email: `housekeeping-${randomBytes(4).toString("hex")}@staff.test`, name: "Kept", passwordHash: "x" },
    select: { id: true },
  });
  userId = user.id;
  await db().revokedSession.createMany({
    data: [
      { sessionId: `${userId}-ended-1`, userId, expiresAt: new Date("2001-01-01T00:00:00Z") },
      { sessionId: `${userId}-ended-2`, userId, expiresAt: new Date("2001-01-01T12:00:00Z") },
      { sessionId: `${userId}-ended-3`, userId, expiresAt: new Date("2001-01-02T00:00:00Z") },
      { sessionId: `${userId}-still-valid`, userId, expiresAt: new Date("2001-01-02T00:00:01Z") },
    ],
  });
  await db().idempotencyRecord.create({
    data: {
      businessId,
      key: "later",
      method: "POST",
      path: "/api/v2/x",
      requestHash: "hash",
      responseStatus: 201,
      responseBody: {},
      expiresAt: new Date("2001-01-03T00:00:00Z"),
    },
  });
});

const revoked = async () =>
  (
    await db().revokedSession.findMany({
      where: { userId },
      select: { sessionId: true },
      orderBy: { sessionId: "asc" },
    })
  ).map(({ sessionId }) => sessionId.slice(userId.length + 1));

const remaining = async () =>
  (
    await db().idempotencyRecord.findMany({ where: { businessId }, select: { key: true }, orderBy: { key: "asc" } })
  ).map(({ key }) => key);

describe("runHousekeeping", () => {
  it("deletes expired records in bounded batches, oldest first, and leaves the rest for the next run", async () => {
    expect(await runHousekeeping({ now: NOW, batchSize: 2, maxRounds: 2 })).toMatchObject({
      idempotencyRecords: 4,
      signInAttempts: 1,
      sessionRevocations: 3,
    });
    expect(await remaining()).toEqual(["later", "old-4"]);
    // A revoked session id is kept while its session could still be valid.
    expect(await revoked()).toEqual(["still-valid"]);
    expect(await runHousekeeping({ now: NOW, batchSize: 2, maxRounds: 2 })).toMatchObject({
      idempotencyRecords: 1,
      signInAttempts: 0,
      sessionRevocations: 0,
    });
    expect(await remaining()).toEqual(["later"]);
    const attempts = await db().signInAttempt.findMany({
      where: { key: { startsWith: "email:housekeeping-" } },
      select: { key: true },
    });
    expect(attempts).toEqual([{ key: "email:housekeeping-recent@test" }]);
  });
});
