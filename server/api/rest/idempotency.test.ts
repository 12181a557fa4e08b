import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { deleteExpiredIdempotencyRecords } from "@/server/services/housekeeping/delete-expired-idempotency-records";
import { recordAudit } from "@/server/services/audit/record-audit";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { createTestBusiness } from "@/server/testing/factories";
import { callApi } from "./api-test-kit";
import { defineRoute } from "./route-definition";
import { withApiKey } from "./with-api-key";

const countRoute = defineRoute({
  method: "POST",
  path: "/test/count",
  operationId: "testCount",
  summary: "Count",
  tags: ["Test"],
  body: z.object({ label: z.string() }),
  responses: { 201: { description: "Counted", schema: z.object({ label: z.string(), run: z.number() }) } },
});

// The route's work: an audit entry per run, in a unit of work that answers with the run's number.
let runs = 0;
let inWork: () => Promise<void> = async () => {};
const count = withApiKey(
  async ({ principal: { businessId, actor }, body }) => ({
    status: 201,
    body: await inUnitOfWork(async ({ tx }) => {
      runs += 1;
      const run = runs;
      await recordAudit(tx, { businessId, actor, action: `test.count.${body.label}` });
      await inWork();
      return { label: body.label, run };
    }),
  }),
  { route: countRoute },
);

let key = "";
let businessId = "";
const post = (idempotencyKey: string | undefined, label: string, apiKey = key) =>
  callApi(count, "/test/count", {
    method: "POST",
    key: apiKey,
    body: { label },
    headers: idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey },
  });
const workDone = (label: string) => db().auditLog.count({ where: { businessId, action: `test.count.${label}` } });
const record = (idempotencyKey: string) =>
  db().idempotencyRecord.findUnique({ where: { businessId_key: { businessId, key: idempotencyKey } } });

beforeAll(async () => {
  ({ apiKey: key, id: businessId } = await createTestBusiness({ name: "Idempotent Co" }));
});

describe("Idempotency-Key", () => {
  it("replays the stored status and body for the same key and body, without running again", async () => {
    const first = await post("replay-1", "replay");
    const again = await post("replay-1", "replay");
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again).toMatchObject({ status: 201, body: first.body });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await workDone("replay")).toBe(1);
    expect((await record("replay-1"))?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
  });

  it("stores the response sealed, in the transaction of the work", async () => {
    await post("sealed-1", "sealed");
    const stored = await record("sealed-1");
    expect(stored?.responseStatus).toBe(201);
    expect(JSON.stringify(stored?.responseBody)).not.toContain('sealed","run');
    expect(stored?.responseBody).toHaveProperty("sealed");
  });

  it("runs every request that sends no key", async () => {
    const first = await post(undefined, "nokey");
    const second = await post(undefined, "nokey");
    expect(second.body.run).toBe(first.body.run + 1);
    expect(await workDone("nokey")).toBe(2);
  });

  it("answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body", async () => {
    await post("reused-1", "a");
    const other = await post("reused-1", "b");
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { reason: "IDEMPOTENCY_KEY_REUSED" } });
  });

  it("runs the work once when requests with one key race, and gives every one the same answer without a 409", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    inWork = () => held;
    const racing = Array.from({ length: 4 }, () => post("race-1", "race"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    const answers = await Promise.all(racing);
    inWork = async () => {};
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.body.run)).size).toBe(1);
    expect(
      answers.filter((answer) => answer.headers.get("idempotent-replayed") === "true").length,
    ).toBeGreaterThanOrEqual(1);
    expect(await workDone("race")).toBe(1);
  });

  it("leaves nothing behind when the work fails before it commits, so the retry runs at once", async () => {
    inWork = async () => {
      throw new AppError("UNAVAILABLE", "Try again");
    };
    expect((await post("failed-1", "failed")).status).toBe(503);
    inWork = async () => {};
    expect(await record("failed-1")).toBeNull();
    const retry = await post("failed-1", "failed");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expect(await workDone("failed")).toBe(1);
  });

  it("answers 400 for a key longer than 255 characters, and accepts 255", async () => {
    expect((await post("k".repeat(256), "a")).status).toBe(400);
    expect((await post("k".repeat(255), "a")).status).toBe(201);
  });

  it("keeps keys apart per business", async () => {
    const other = await createTestBusiness({ name: "Other Idempotent Co" });
    const mine = await post("shared-key", "a");
    const theirs = await post("shared-key", "a", other.apiKey);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.body.run).toBe(mine.body.run + 1);
  });

  it("treats an expired record as absent, and housekeeping deletes it", async () => {
    const first = await post("expired-1", "a");
    await db().idempotencyRecord.update({
      where: { businessId_key: { businessId, key: "expired-1" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const later = await post("expired-1", "b");
    expect(later.status).toBe(201);
    expect(later.body.run).toBeGreaterThan(first.body.run);
    await post("expired-2", "a");
    await db().idempotencyRecord.update({
      where: { businessId_key: { businessId, key: "expired-2" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await deleteExpiredIdempotencyRecords()).deleted).toBeGreaterThanOrEqual(1);
    expect(await record("expired-2")).toBeNull();
    expect(await record("replay-1")).not.toBeNull();
  });
});
