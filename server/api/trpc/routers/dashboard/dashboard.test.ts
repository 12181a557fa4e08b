import { beforeAll, describe, expect, it } from "vitest";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { db } from "@/server/db";
import { createTestTransaction, createTestWorkflow, fullSteps } from "@/server/testing/factories";
import { declineWorkflow } from "@/server/services/gateway/decline-workflow";
import { openGatewayLink } from "@/server/services/gateway/open-gateway-link";
import { linkTokenFor } from "@/server/auth/link-token";
import { emitTransactionStatusChanged } from "@/server/services/webhooks/domain-events";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;

const daysAgo = (days: number, hours = 0) => new Date(Date.now() - days * 86_400_000 - hours * 3_600_000);

beforeAll(async () => {
  world = await createStaffWorld();
  const { a } = world;
  // Four in the last week: one completed after 2 h, one after 4 h, one declined, one opened only;
  // one 20 days ago (only in the 30-day period); one 100 days ago (in none).
  const made = await Promise.all([0, 1, 2, 3, 4, 5].map(() => createTestWorkflow(a.id)));
  const [done2h, done4h, declined, opened, older, ancient] = made.map((created) => created.workflow.id);
  const at = (id: string | undefined, data: Record<string, unknown>) =>
    db().workflow.update({ where: { id: String(id) }, data });
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
    // Every one of them was sent (by LinX itself: SYSTEM made them), newest first.
    expect(month.feed.map((item) => item.what)).toEqual(
      Array(6).fill({ kind: "workflow", action: "created", declineReason: null }),
    );
    expect(month.feed.every((item) => item.actor === null && item.actorType === "SYSTEM")).toBe(true);
  });

  it("shows staff of another business nothing and refuses periods it does not offer", async () => {
    const { a, b, as } = world;
    expect(await codeOf(as("ownerB").dashboard.activity({ businessId: a.id, days: 90 }))).toBe("FORBIDDEN");
    const theirs = await as("ownerB").dashboard.activity({ businessId: b.id, days: 90 });
    expect(theirs).toMatchObject({ totals: { created: 0 }, conversion: null, medianSecondsToComplete: null, feed: [] });
    expect(await codeOf(as("viewerA").dashboard.activity({ businessId: a.id, days: 14 as 7 }))).toBe("BAD_REQUEST");
  });
});

describe("dashboard.activity feed", () => {
  it("lists what happened, newest first, with who did it, and nothing staff-only, to a viewer", async () => {
    const { a, as } = await createStaffWorld();
    const sent = await as("operatorA").workflows.create({ businessId: a.id, title: "Deposit", steps: fullSteps() });
    const other = await as("operatorA").workflows.create({ businessId: a.id, title: "Rent", steps: fullSteps() });
    const { linkNonce } = await db().workflow.findUniqueOrThrow({
      where: { id: sent.id },
      select: { linkNonce: true },
    });
    await openGatewayLink({
      token: linkTokenFor(linkNonce),
      proof: {},
      actor: { type: "CUSTOMER", ipAddress: "198.51.100.77" },
    });
    await declineWorkflow({
      workflowId: sent.id,
      input: { reason: "INCORRECT_AMOUNT" },
      actor: { type: "CUSTOMER", ipAddress: "198.51.100.77" },
    });
    await as("adminA").workflows.cancel({ businessId: a.id, workflowId: other.id });
    // A payment of the first workflow moves on (the sandbox rail's events, written as the rail writes them).
    const { id: transactionId } = await createTestTransaction(a.id, "950.00");
    await db().transaction.update({
      where: { id: transactionId },
      data: { workflowId: sent.id, status: "PROCESSING" },
    });
    await inUnitOfWork((uow) => emitTransactionStatusChanged(uow, { transactionId, previousStatus: "PENDING" }));

    const { feed } = await as("viewerA").dashboard.activity({ businessId: a.id, days: 7 });
    expect(
      feed.map((item) => [
        item.what.kind === "workflow" ? item.what.action : item.what.status,
        item.workflow.title,
        item.actor,
      ]),
    ).toEqual([
      ["PROCESSING", "Deposit", null],
      ["cancelled", "Rent", "adminA"],
      ["declined", "Deposit", null],
      ["opened", "Deposit", null],
      ["created", "Rent", "operatorA"],
      ["created", "Deposit", "operatorA"],
    ]);
    expect(feed[0]!.what).toEqual({
      kind: "transaction",
      status: "PROCESSING",
      amount: "950.00",
      currency: "USD",
      transactionType: "REQUEST",
    });
    expect(feed[2]!.what).toEqual({ kind: "workflow", action: "declined", declineReason: "INCORRECT_AMOUNT" });
    expect(feed.map((item) => item.at)).toEqual(
      feed
        .map((item) => item.at)
        .sort()
        .reverse(),
    );
    // Where customers and staff acted from stays in the audit log, which only admins read.
    expect(JSON.stringify(feed)).not.toMatch(/198\.51\.100\.77|203\.0\.113\.9/);
  });

  it("stops at ten entries, and never shows another business's", async () => {
    const { a, b, as } = await createStaffWorld();
    for (let i = 0; i < 12; i += 1) await createTestWorkflow(a.id, { title: `Bulk ${i}` });
    await createTestWorkflow(b.id, { title: "Bravo's own" });
    const { feed } = await as("viewerA").dashboard.activity({ businessId: a.id, days: 7 });
    expect(feed).toHaveLength(10);
    expect(feed[0]!.workflow.title).toBe("Bulk 11");
    expect(feed.some((item) => item.workflow.title === "Bravo's own")).toBe(false);
  });
});
