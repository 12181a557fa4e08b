import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness, createTestTransaction } from "@/server/testing/factories";
import { advanceTransaction } from "./advance-transaction";

const history = async (transactionId: string) =>
  (
    await db().transactionStatusChange.findMany({
      where: { transactionId },
      orderBy: { createdAt: "asc" },
      select: { toStatus: true },
    })
  ).map((c) => c.toStatus);

describe("advanceTransaction on the sandbox rail", () => {
  it("moves a REQUEST to CLEARED one step per run, scheduling the next step and the customer's texts", async () => {
    const business = await createTestBusiness();
    const { id } = await createTestTransaction(business.id, "40.00", "REQUEST");
    for (let i = 0; i < 5; i++) await advanceTransaction({ transactionId: id });
    expect(await history(id)).toEqual(["NEW", "PENDING", "PROCESSING", "CLEARED"]);
    const notify = await db().scheduledJob.findMany({
      where: { subjectId: id, kind: "TRANSACTION_NOTIFY" },
      select: { payload: true },
      orderBy: { createdAt: "asc" },
    });
    expect(notify.map((j) => (j.payload as { status: string }).status)).toEqual(["PROCESSING", "CLEARED"]);
    const advances = await db().scheduledJob.count({ where: { subjectId: id, kind: "TRANSACTION_ADVANCE" } });
    expect(advances).toBe(2); // after PENDING and after PROCESSING; CLEARED is final
  });

  it("declines on the magic amount 13.13 and records why", async () => {
    const business = await createTestBusiness();
    const { id } = await createTestTransaction(business.id, "13.13", "SEND");
    for (let i = 0; i < 4; i++) await advanceTransaction({ transactionId: id });
    expect(await history(id)).toEqual(["NEW", "PENDING", "DECLINED"]);
    const row = await db().transaction.findUniqueOrThrow({ where: { id }, select: { failureReason: true } });
    expect(row.failureReason).toMatch(/13\.13/);
  });

  it("moves once when the same step runs twice at the same moment", async () => {
    const business = await createTestBusiness();
    const { id } = await createTestTransaction(business.id);
    const results = await Promise.all([
      advanceTransaction({ transactionId: id }),
      advanceTransaction({ transactionId: id }),
    ]);
    expect(results.filter((r) => r.moved)).toHaveLength(1);
    expect(await history(id)).toEqual(["NEW", "PENDING"]);
  });
});
