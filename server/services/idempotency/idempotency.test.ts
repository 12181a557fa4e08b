import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { SYSTEM } from "../actor";
import { recordAudit } from "../audit/record-audit";
import { createBusiness } from "../businesses/create-business";
import { claimIdempotencyKey, type IdempotencyClaim } from "./claim-idempotency-key";
import { deleteExpiredIdempotencyRecords } from "./delete-expired-idempotency-records";
import { finishIdempotencyKey } from "./finish-idempotency-key";
import { IN_PROGRESS, WORK_COMMITTED } from "./idempotency-record-state";
import { runWithIdempotencyClaim, sealIdempotencyClaim } from "./idempotency-scope";

let businessId = "";
beforeAll(async () => {
  ({ id: businessId } = await createBusiness({ name: "Claims Co", slug: `claims-${randomBytes(6).toString("hex")}`, actor: SYSTEM }));
});

const claim = (key: string, requestHash = "hash-a") => claimIdempotencyKey({ businessId, key, method: "POST", path: "/api/v2/x", requestHash });
const claimedId = (result: IdempotencyClaim) => {
  if (result.kind !== "claimed") throw new Error(`expected a claim, got ${result.kind}`);
  return result.recordId;
};
const record = (key: string) => db().idempotencyRecord.findUnique({ where: { businessId_key: { businessId, key } } });
const backdate = (key: string, ms: number) =>
  db().idempotencyRecord.update({ where: { businessId_key: { businessId, key } }, data: { createdAt: new Date(Date.now() - ms) } });

/** The work of a request: an audit entry, written in the transaction that seals the claim. */
const doWork = (recordId: string, action: string) =>
  runWithIdempotencyClaim(recordId, () =>
    db().$transaction(async (tx) => {
      await recordAudit(tx, { businessId, actor: SYSTEM, action });
      await sealIdempotencyClaim(tx);
    }),
  );
const auditCount = (action: string) => db().auditLog.count({ where: { businessId, action } });

describe("claimIdempotencyKey", () => {
  it("claims a new key, then refuses it while in progress and for another request", async () => {
    claimedId(await claim("k1"));
    await expect(claim("k1")).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "IDEMPOTENCY_KEY_IN_USE" } });
    await expect(claim("k1", "hash-b")).rejects.toMatchObject({ code: "UNPROCESSABLE", details: { reason: "IDEMPOTENCY_KEY_REUSED" } });
  });

  it("lets exactly one of several simultaneous claims win; the others get CONFLICT", async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => claim("k-race")));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((outcome) => outcome.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
  });

  it("replays a finished request", async () => {
    const recordId = claimedId(await claim("k2"));
    await finishIdempotencyKey({ recordId, status: 201, body: { id: "x" }, outcome: "succeeded" });
    expect(await claim("k2")).toEqual({ kind: "replay", status: 201, body: { id: "x" } });
  });

  it("takes over a claim whose lease ran out, and the old request's work then rolls back", async () => {
    const stale = claimedId(await claim("k3"));
    await backdate("k3", 3 * 60_000);
    const fresh = claimedId(await claim("k3"));
    expect(fresh).not.toBe(stale);
    await expect(doWork(stale, "test.stale-work")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await auditCount("test.stale-work")).toBe(0);
    await doWork(fresh, "test.fresh-work");
    expect(await auditCount("test.fresh-work")).toBe(1);
  });

  it("never takes over a claim whose work committed, however old", async () => {
    const recordId = claimedId(await claim("k4"));
    await doWork(recordId, "test.committed-work");
    expect((await record("k4"))?.responseStatus).toBe(WORK_COMMITTED);
    await backdate("k4", 60 * 60_000);
    await expect(claim("k4")).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("finishIdempotencyKey", () => {
  it("releases the key of a failed request whose work did not commit", async () => {
    const recordId = claimedId(await claim("k5"));
    await finishIdempotencyKey({ recordId, status: 503, body: {}, outcome: "failed" });
    expect(await record("k5")).toBeNull();
  });

  it("keeps the response of a failed request whose work committed", async () => {
    const recordId = claimedId(await claim("k6"));
    await doWork(recordId, "test.work-then-fail");
    await finishIdempotencyKey({ recordId, status: 500, body: { error: { code: "INTERNAL" } }, outcome: "failed" });
    expect(await claim("k6")).toEqual({ kind: "replay", status: 500, body: { error: { code: "INTERNAL" } } });
  });
});

describe("sealIdempotencyClaim", () => {
  it("does nothing outside a request with a key", async () => {
    await db().$transaction((tx) => sealIdempotencyClaim(tx));
  });

  it("rolls back with the work when the work's transaction fails", async () => {
    const recordId = claimedId(await claim("k7"));
    const failing = runWithIdempotencyClaim(recordId, () =>
      db().$transaction(async (tx) => {
        await sealIdempotencyClaim(tx);
        throw new Error("the work failed after sealing");
      }),
    );
    await expect(failing).rejects.toThrow("the work failed");
    expect((await record("k7"))?.responseStatus).toBe(IN_PROGRESS);
  });
});

describe("deleteExpiredIdempotencyRecords", () => {
  it("deletes records past their expiry and keeps the others", async () => {
    claimedId(await claim("k8"));
    await db().idempotencyRecord.update({ where: { businessId_key: { businessId, key: "k8" } }, data: { expiresAt: new Date(Date.now() - 1) } });
    const { deleted } = await deleteExpiredIdempotencyRecords();
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await record("k8")).toBeNull();
    expect(await record("k4")).not.toBeNull();
  });
});
