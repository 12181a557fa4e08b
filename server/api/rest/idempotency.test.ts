import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "../../db";
import { AppError } from "../../errors";
import { callApi, createTestBusiness } from "./api-test-kit";
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

let runs = 0;
let beforeAnswer: () => Promise<void> = async () => {};
const count = withApiKey(
  async ({ body }) => {
    runs += 1;
    const run = runs;
    await beforeAnswer();
    return { status: 201, body: { label: body.label, run } };
  },
  { route: countRoute },
);

let key = "";
let businessId = "";
const post = (idempotencyKey: string | undefined, label: string, apiKey = key) =>
  callApi(count, "/test/count", { method: "POST", key: apiKey, body: { label }, headers: idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey } });

beforeAll(async () => {
  ({ key, business: { id: businessId } } = await createTestBusiness("Idempotent Co"));
});

describe("Idempotency-Key", () => {
  it("replays the stored status and body for the same key and body, without running again", async () => {
    const first = await post("replay-1", "a");
    const again = await post("replay-1", "a");
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again).toMatchObject({ status: 201, body: first.body });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const record = await db().idempotencyRecord.findUnique({ where: { businessId_key: { businessId, key: "replay-1" } } });
    expect(record?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
  });

  it("runs every request that sends no key", async () => {
    const first = await post(undefined, "a");
    const second = await post(undefined, "a");
    expect(second.body.run).toBe(first.body.run + 1);
  });

  it("answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body", async () => {
    await post("reused-1", "a");
    const other = await post("reused-1", "b");
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: "UNPROCESSABLE", details: { reason: "IDEMPOTENCY_KEY_REUSED" } });
  });

  it("answers 409 IDEMPOTENCY_KEY_IN_USE while the first request with the key is still running", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    beforeAnswer = async () => {
      started();
      await held;
    };
    const first = post("concurrent-1", "a");
    await running;
    beforeAnswer = async () => {};
    const concurrent = await post("concurrent-1", "a");
    release();
    expect(concurrent.status).toBe(409);
    expect(concurrent.body.error).toMatchObject({ code: "CONFLICT", details: { reason: "IDEMPOTENCY_KEY_IN_USE" } });
    expect((await first).status).toBe(201);
    expect((await post("concurrent-1", "a")).headers.get("idempotent-replayed")).toBe("true");
  });

  it("answers 400 for a key longer than 255 characters, and accepts 255", async () => {
    expect((await post("k".repeat(256), "a")).status).toBe(400);
    expect((await post("k".repeat(255), "a")).status).toBe(201);
  });

  it("keeps keys apart per business", async () => {
    const other = await createTestBusiness("Other Idempotent Co");
    const mine = await post("shared-key", "a");
    const theirs = await post("shared-key", "a", other.key);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.body.run).toBe(mine.body.run + 1);
  });

  it("releases the key when the request fails before doing its work, so the retry runs", async () => {
    beforeAnswer = async () => {
      throw new AppError("UNAVAILABLE", "Try again");
    };
    expect((await post("failed-1", "a")).status).toBe(503);
    beforeAnswer = async () => {};
    const retry = await post("failed-1", "a");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
  });

  it("treats an expired record as absent", async () => {
    const first = await post("expired-1", "a");
    await db().idempotencyRecord.update({ where: { businessId_key: { businessId, key: "expired-1" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const later = await post("expired-1", "b");
    expect(later.status).toBe(201);
    expect(later.body.run).toBeGreaterThan(first.body.run);
  });
});
