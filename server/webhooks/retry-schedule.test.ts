import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextRetryDelayMs, retryAfterMs } from "./retry-schedule";

const none = () => 0;

describe("nextRetryDelayMs", () => {
  it("follows 5 s, 5 min, 30 min … 24 h with up to 20% jitter, then gives up", () => {
    expect(nextRetryDelayMs({ attemptsMade: 1, status: 500, retryAfter: null, random: none })).toBe(5_000);
    expect(nextRetryDelayMs({ attemptsMade: 1, status: 500, retryAfter: null, random: () => 1 })).toBe(6_000);
    expect(nextRetryDelayMs({ attemptsMade: 2, status: null, retryAfter: null, random: none })).toBe(300_000);
    expect(nextRetryDelayMs({ attemptsMade: 9, status: 500, retryAfter: null, random: none })).toBe(86_400_000);
    expect(nextRetryDelayMs({ attemptsMade: MAX_ATTEMPTS, status: 500, retryAfter: null })).toBeNull();
    expect(MAX_ATTEMPTS).toBe(10);
  });

  it("waits at least as long as Retry-After asks on 429/502/503/504, and ignores it elsewhere", () => {
    expect(nextRetryDelayMs({ attemptsMade: 1, status: 429, retryAfter: "120", random: none })).toBe(120_000);
    expect(nextRetryDelayMs({ attemptsMade: 1, status: 503, retryAfter: "1", random: none })).toBe(5_000);
    expect(nextRetryDelayMs({ attemptsMade: 1, status: 500, retryAfter: "120", random: none })).toBe(5_000);
    expect(retryAfterMs(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(55_000);
    expect(retryAfterMs("999999999")).toBe(86_400_000);
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});
