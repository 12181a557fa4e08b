import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { WorkflowStatus } from "@/server/generated/prisma/enums";
import { createTestBusiness, createTestWorkflow } from "@/server/testing/factories";
import { countWorkflowsByStatus, foldWorkflowStatusDeltas } from "./workflow-status-tally";

let businessId = "";

const row = (status: WorkflowStatus) => ({
  businessId,
  title: "Tally",
  phoneNumber: "+15555550100",
  status,
  expireAt: new Date(Date.now() + 86_400_000),
  tokenHash: randomUUID(),
  linkNonce: randomUUID(),
});

/** What counting every row says. */
const truth = async () => {
  const groups = await db().workflow.groupBy({ by: ["status"], where: { businessId }, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
};

/** The tally, without the statuses it counts zero of. */
const tally = async () =>
  Object.fromEntries(Object.entries(await countWorkflowsByStatus(businessId)).filter(([, count]) => count !== 0));

beforeAll(async () => {
  ({ id: businessId } = await createTestBusiness({ name: "Tally Co" }));
});

describe("the workflow status tally", () => {
  it("counts what inserts and status changes do, bulk or one by one, through the services and raw SQL alike", async () => {
    await db().workflow.createMany({
      data: [row("ACTIVE"), row("ACTIVE"), row("ACTIVE"), row("COMPLETED"), row("CREATED")],
    });
    await createTestWorkflow(businessId);
    expect(await tally()).toEqual(await truth());

    await db().workflow.updateMany({ where: { businessId, status: "ACTIVE" }, data: { status: "EXPIRED" } });
    await db().workflow.updateMany({ where: { businessId }, data: { title: "Renamed" } }); // no status change: no delta
    await db()
      .$executeRaw`UPDATE "Workflow" SET "status" = 'CANCELLED' WHERE "businessId" = ${businessId} AND "status" = 'CREATED'`;
    expect(await db().workflowStatusDelta.count({ where: { businessId } })).toBeGreaterThan(0);
    expect(await tally()).toEqual(await truth());
    // Reading folded this business's deltas into its totals.
    expect(await db().workflowStatusDelta.count({ where: { businessId } })).toBe(0);
    // And the totals alone are right: the three ACTIVE rows (and the service's) moved to EXPIRED.
    expect(await tally()).toEqual(await truth());
    expect((await tally()).EXPIRED).toBeGreaterThanOrEqual(3);
  });

  it("stays exact with creates, status changes, reads and housekeeping folds all running at once", async () => {
    const work: Array<Promise<unknown>> = [];
    for (let i = 0; i < 20; i += 1) {
      work.push(db().workflow.create({ data: row(i % 2 ? "ACTIVE" : "CREATED"), select: { id: true } }));
      if (i % 4 === 0) work.push(countWorkflowsByStatus(businessId), foldWorkflowStatusDeltas({ limit: 3 }));
      if (i % 5 === 0)
        work.push(db().workflow.updateMany({ where: { businessId, status: "ACTIVE" }, data: { status: "DECLINED" } }));
    }
    await Promise.all(work);
    expect(await tally()).toEqual(await truth());
  });

  it("goes with its business", async () => {
    const other = await createTestBusiness({ name: "Gone Co" });
    await createTestWorkflow(other.id);
    await db().business.delete({ where: { id: other.id } });
    expect(await db().workflowStatusDelta.count({ where: { businessId: other.id } })).toBe(0);
    expect(await db().workflowStatusCount.count({ where: { businessId: other.id } })).toBe(0);
  });
});
