import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { SYSTEM } from "@/server/services/actor";
import { createTestBusiness } from "@/server/testing/factories";
import { callApi } from "./api-test-kit";
import { handleGetBusiness } from "@/server/api/rest/business/get-business";

const LIMIT = 3;

// The windows are clock minutes: start a test early in one, so it cannot straddle two.
const awayFromMinuteEnd = async () => {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
};

beforeAll(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = String(LIMIT);
  resetEnvForTests();
});
afterAll(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
  resetEnvForTests();
});

describe("the per-key rate limit", () => {
  it("answers 429 with Retry-After once a key has used its requests this minute, with X-RateLimit-* on every answer", async () => {
    const { apiKey: key, ...business } = await createTestBusiness({ name: "Rate Co" });
    await awayFromMinuteEnd();
    const answers = [];
    for (let i = 0; i <= LIMIT; i++) answers.push(await callApi(handleGetBusiness, "/business", { key }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((a) => a.headers.get("x-ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
    expect(answers[0]!.headers.get("x-ratelimit-limit")).toBe(String(LIMIT));
    expect(Number(answers[0]!.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(answers[0]!.headers.get("retry-after")).toBeNull();
    const refused = answers[3]!;
    expect(refused.body.error.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);

    // Another key of the same business has its own count.
    const other = await createApiKey({ businessId: business.id, name: "Second", mode: "SANDBOX", actor: SYSTEM });
    expect((await callApi(handleGetBusiness, "/business", { key: other.key })).status).toBe(200);
  });

  it("lets no more than the limit through when the requests arrive at once", async () => {
    const { apiKey: key } = await createTestBusiness({ name: "Burst Co" });
    await awayFromMinuteEnd();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => callApi(handleGetBusiness, "/business", { key })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(LIMIT);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(10 - LIMIT);
  });
});
