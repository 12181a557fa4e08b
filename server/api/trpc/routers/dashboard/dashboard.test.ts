import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../../db";
import { createTestWorkflow } from "../../../../testing/factories";
import { codeOf, createStaffWorld } from "../../../../testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;

const daysAgo = (days: number, hours = 0) => new Date(Date.now() - days * 86_400_000 - hours * 3_600_000);

beforeAll(async () => {
  world = await createStaffWorld();
  const { a } = world;
  // Four in the last week: one completed after 2 h, one after 4 h, one declined, one opened only;
  // one 20 days ago (only in the 30-day period); one 100 days ago (in none).
  const made = await Promise.all([0, 1, 2, 3, 4, 5].map(() => createTestWorkflow(a.id)));
  const [done2h, done4h, declined, opened, older, ancient] = made.map((created) => created.workflow.id);
  const at = (id: string | undefined, data: Record<string, unknown>) => db().workflow.update({ where: { id: String(id) }, data });
  await at(done2h, { createdAt: daysAgo(1, 2), openedAt: daysAgo(1, 1), completedAt: daysAgo(1), status: "COMPLETED" });
  await at(done4h, { createdAt: daysAgo(2, 4), openedAt: daysAgo(2, 3), completedAt: daysAgo(2), status: "COMPLETED" });
  await at(declined, { createdAt: daysAgo(3), openedAt: daysAgo(3), status: "DECLINED" });
  await at(opened, { createdAt: daysAgo(0), openedAt: daysAgo(0) });
  await at(older, { createdAt: daysAgo(20), status: "EXPIRED" });
  await at(ancient, { createdAt: daysAgo(100), status: "EXPIRED" });
});

describe("dashboard.activity", () => {
  it("counts the period's funnel, conversion, median time to complete and a day-by-day series in SQL", async () => {
    const { a, as } = world;
    const week = await as("viewerA").dashboard.activity({ businessId: a.id, days: 7 });
    expect(week.totals).toEqual({ created: 4, opened: 4, completed: 2, declined: 1, expired: 0 });
    expect(week.conversion).toBe(0.5);
    expect(week.medianSecondsToComplete).toBeCloseTo(3 * 3600, 0);
    expect(week.daily).toHaveLength(7);
    expect(week.daily.reduce((sum, day) => sum + day.created, 0)).toBe(4);
    expect(week.daily.reduce((sum, day) => sum + day.completed, 0)).toBe(2);
    expect(week.daily.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));

    const month = await as("viewerA").dashboard.activity({ businessId: a.id, days: 30 });
    expect(month.totals).toMatchObject({ created: 5, expired: 1 });
    expect(month.daily).toHaveLength(30);
    expect(month.recent.length).toBe(6);
  });

  it("shows staff of another business nothing and refuses periods it does not offer", async () => {
    const { a, b, as } = world;
    expect(await codeOf(as("ownerB").dashboard.activity({ businessId: a.id, days: 90 }))).toBe("FORBIDDEN");
    const theirs = await as("ownerB").dashboard.activity({ businessId: b.id, days: 90 });
    expect(theirs).toMatchObject({ totals: { created: 0 }, conversion: null, medianSecondsToComplete: null, recent: [] });
    expect(await codeOf(as("viewerA").dashboard.activity({ businessId: a.id, days: 14 as 7 }))).toBe("BAD_REQUEST");
  });
});
