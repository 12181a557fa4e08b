import { describe, expect, it } from "vitest";
import { createTestBusiness } from "@/server/testing/factories";
import { db } from "@/server/db";
import { SYSTEM } from "@/server/services/actor";
import { updateTextLimits } from "@/server/services/businesses/update-text-limits";
import { takeFromWindow } from "@/server/services/rate-limits/take-from-window";
import { TEXT_WINDOW_MS, textCounterKey } from "@/server/services/sms/text-window";
import { revokeApiKey } from "./revoke-api-key";
import { authenticateApiKey } from "./authenticate-api-key";

// One statement does the key, its per-minute count, "last used" and what creating a workflow reads.

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);
const requestCount = async (apiKeyId: string) =>
  (await db().rateLimitCounter.findUnique({ where: { key: `api:${apiKeyId}` } }))?.count ?? 0;

describe("authenticateApiKey", () => {
  it("counts the request with takeFromWindow's semantics: `limit` a window, a refusal not counted, a new window starting again", async () => {
    const { apiKey: key, apiKeyId } = await createTestBusiness({ name: "Count Co" });
    const requestLimit = { limit: 2, windowMs: MINUTE };
    const now = at("2030-01-01T10:00:10Z");
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await authenticateApiKey(key, { requestLimit, now })).requests);
    expect(answers.map((r) => [r!.allowed, r!.used])).toEqual([
      [true, 1],
      [true, 2],
      [false, 2],
    ]);
    expect(answers[2]!.resetAt.toISOString()).toBe("2030-01-01T10:01:00.000Z");
    expect(await requestCount(apiKeyId)).toBe(2);
    expect((await authenticateApiKey(key, { requestLimit, now: at("2030-01-01T10:01:00Z") })).requests).toMatchObject({
      allowed: true,
      used: 1,
    });
    // Without a limit nothing is counted.
    expect((await authenticateApiKey(key, { now: at("2030-01-01T10:01:01Z") })).requests).toBeUndefined();
    expect(await requestCount(apiKeyId)).toBe(1);
  });

  it("lets exactly `limit` of many simultaneous requests through", async () => {
    const { apiKey: key } = await createTestBusiness({ name: "Burst Key Co" });
    const now = new Date();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => authenticateApiKey(key, { requestLimit: { limit: 5, windowMs: MINUTE }, now })),
    );
    expect(answers.filter((a) => a.requests!.allowed)).toHaveLength(5);
  });

  it("refuses unknown and revoked keys with the same 401, counting nothing", async () => {
    const { apiKey: key, apiKeyId, ...business } = await createTestBusiness({ name: "Revoked Co" });
    const requestLimit = { limit: 5, windowMs: MINUTE };
    await expect(authenticateApiKey(`${key}x`, { requestLimit })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await revokeApiKey({ businessId: business.id, apiKeyId, actor: SYSTEM });
    await expect(authenticateApiKey(key, { requestLimit })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await requestCount(apiKeyId)).toBe(0);
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const { apiKey: key, apiKeyId } = await createTestBusiness({ name: "Last Used Co" });
    const lastUsed = async () =>
      (
        await db().apiKey.findUniqueOrThrow({ where: { id: apiKeyId }, select: { lastUsedAt: true } })
      ).lastUsedAt?.toISOString();
    await authenticateApiKey(key, { now: at("2030-01-01T10:00:00Z") });
    await authenticateApiKey(key, { now: at("2030-01-01T10:00:59Z") });
    expect(await lastUsed()).toBe("2030-01-01T10:00:00.000Z");
    await authenticateApiKey(key, { now: at("2030-01-01T10:01:01Z") });
    expect(await lastUsed()).toBe("2030-01-01T10:01:01.000Z");
  });

  it("reads the business's text allowance: its cap, countries and the texts counted this hour", async () => {
    const { apiKey: key, ...business } = await createTestBusiness({ name: "Allowance Co" });
    await updateTextLimits({
      businessId: business.id,
      actor: SYSTEM,
      input: { smsHourlyCap: 7, smsAllowedCountries: ["US", "GB"] },
    });
    const now = at("2030-01-01T10:20:00Z");
    expect((await authenticateApiKey(key, { now })).textAllowance).toEqual({
      cap: 7,
      countries: ["GB", "US"],
      used: 0,
      windowEnd: at("2030-01-01T11:00:00Z"),
    });
    for (let i = 0; i < 3; i++)
      await takeFromWindow({ key: textCounterKey(business.id), limit: 7, windowMs: TEXT_WINDOW_MS, now });
    expect((await authenticateApiKey(key, { now })).textAllowance.used).toBe(3);
    // The next hour has counted nothing yet.
    expect((await authenticateApiKey(key, { now: at("2030-01-01T11:00:00Z") })).textAllowance.used).toBe(0);
  });
});
