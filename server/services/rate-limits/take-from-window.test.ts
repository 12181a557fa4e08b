import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { takeFromWindow } from "./take-from-window";

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

describe("takeFromWindow", () => {
  it("allows `limit` uses per window, refuses the next without counting it, and starts again in the next window", async () => {
    const key = `test:${randomUUID()}`;
    const now = at("2030-01-01T10:00:10Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await takeFromWindow({ key, limit: 3, windowMs: MINUTE, now }));
    expect(results.map((r) => [r.allowed, r.used])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
      [false, 3],
    ]);
    expect(results[3]!.resetAt.toISOString()).toBe("2030-01-01T10:01:00.000Z");
    const next = await takeFromWindow({ key, limit: 3, windowMs: MINUTE, now: at("2030-01-01T10:01:00Z") });
    expect(next).toMatchObject({ allowed: true, used: 1 });
    // A lagging clock counts in the newer window rather than resetting it.
    const lagging = await takeFromWindow({ key, limit: 3, windowMs: MINUTE, now: at("2030-01-01T10:00:59Z") });
    expect(lagging).toMatchObject({ allowed: true, used: 2 });
  });

  it("lets exactly `limit` of many simultaneous uses through", async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 25 }, () => takeFromWindow({ key, limit: 10, windowMs: MINUTE, now })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });
});
