import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness, createTestWorkflow } from "@/server/testing/factories";
import { cancelWorkflow } from "@/server/services/workflows/cancel-workflow";
import { confirmPayment } from "./confirm-payment";
import { declineWorkflow } from "./decline-workflow";

const customer = { type: "CUSTOMER" as const, ipAddress: "203.0.113.10" };
const ROUNDS = 20;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts both at once, or the second a few milliseconds later (a different gap each round, and
 * each side second in turn), so the rounds cover the second landing at every point of the first.
 */
const race = (round: number, racers: (() => Promise<unknown>)[]) => {
  const [first, second] = round % 2 ? [racers[1]!, racers[0]!] : [racers[0]!, racers[1]!];
  const gap = Math.floor(round / 2) * 4;
  return Promise.allSettled([first(), pause(gap).then(second)]);
};

/** A workflow whose customer has done everything but the payment: move-money is the active step. */
const readyToPay = async (businessId: string) => {
  const { workflow } = await createTestWorkflow(businessId);
  const person = await db().customer.create({
    data: { businessId, firstName: "Ada", lastName: "Lovelace", phoneNumber: workflow.phoneNumber },
    select: { id: true },
  });
  const account = await db().financialAccount.create({
    data: {
      businessId,
      customerId: person.id,
      type: "BANK_ACCOUNT",
      subType: "CHECKING",
      holderName: "Ada",
      lastFour: "6789",
      encryptedNumber: "v1.test",
    },
    select: { id: true },
  });
  await db().workflow.update({ where: { id: workflow.id }, data: { customerId: person.id } });
  await db().workflowStep.updateMany({ where: { workflowId: workflow.id }, data: { status: "COMPLETED" } });
  await db().workflowStep.updateMany({
    where: { workflowId: workflow.id, name: "FINANCIAL_ACCOUNT" },
    data: { data: { financialAccountId: account.id } },
  });
  await db().workflowStep.updateMany({
    where: { workflowId: workflow.id, name: "MOVE_MONEY" },
    data: { status: "ACTIVE" },
  });
  return workflow.id;
};

/** Exactly one of the two racers succeeds; the other is told the link changed (a CONFLICT), never a crash. */
const expectOneWinner = (settled: PromiseSettledResult<unknown>[]) => {
  expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
  const [lost] = settled.filter((s) => s.status === "rejected") as PromiseRejectedResult[];
  expect(lost!.reason).toMatchObject({ code: "CONFLICT" });
};

describe("declining races the other ways a workflow ends", () => {
  it("never leaves a DECLINED workflow with a payment, when the decline and Confirm payment land at once", async () => {
    const business = await createTestBusiness();
    for (let round = 0; round < ROUNDS; round++) {
      const workflowId = await readyToPay(business.id);
      const racers = [
        () => declineWorkflow({ workflowId, input: { reason: "INCORRECT_AMOUNT" }, actor: customer }),
        () => confirmPayment({ workflowId, actor: customer }),
      ];
      expectOneWinner(await race(round, racers));
      const row = await db().workflow.findUniqueOrThrow({
        where: { id: workflowId },
        select: { status: true, transaction: { select: { id: true } } },
      });
      expect(["DECLINED", "COMPLETED"]).toContain(row.status);
      // The winner's outcome is whole: a decline with no payment, or a payment on its way.
      expect(row.transaction === null).toBe(row.status === "DECLINED");
    }
    const declinedWithPayment = await db().workflow.count({
      where: { businessId: business.id, status: "DECLINED", transaction: { isNot: null } },
    });
    expect(declinedWithPayment).toBe(0);
  });

  it("lets exactly one of a decline and a staff cancel win", async () => {
    const business = await createTestBusiness();
    const owner = await db().user.create({
      data: { email: `owner-${business.id}@race.test`, name: "Owner", passwordHash: "x" },
      select: { id: true },
    });
    const staff = { type: "USER" as const, id: owner.id };
    for (let round = 0; round < ROUNDS; round++) {
      const workflowId = await readyToPay(business.id);
      const racers = [
        () => declineWorkflow({ workflowId, input: { reason: "NO_LONGER_NEEDED" }, actor: customer }),
        () => cancelWorkflow({ businessId: business.id, workflowId, actor: staff }),
      ];
      expectOneWinner(await race(round, racers));
      const row = await db().workflow.findUniqueOrThrow({
        where: { id: workflowId },
        select: { status: true, declineReason: true },
      });
      expect(["DECLINED", "CANCELLED"]).toContain(row.status);
      expect(row.declineReason === null).toBe(row.status === "CANCELLED");
    }
  });

  it("refuses to decline a workflow that has expired, even before the expiry job ran", async () => {
    const business = await createTestBusiness();
    const workflowId = await readyToPay(business.id);
    await db().workflow.update({ where: { id: workflowId }, data: { expireAt: new Date(Date.now() - 1000) } });
    await expect(
      declineWorkflow({ workflowId, input: { reason: "NO_LONGER_NEEDED" }, actor: customer }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      (await db().workflow.findUniqueOrThrow({ where: { id: workflowId }, select: { status: true } })).status,
    ).toBe("ACTIVE");
  });
});
