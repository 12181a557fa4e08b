import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { decrypt } from "@/server/auth/encryption";
import { createTestBusiness, createTestWorkflow, randomPhone } from "@/server/testing/factories";
import { acceptDocuments } from "./accept-documents";
import { addFinancialAccount } from "./add-financial-account";
import { confirmPayment } from "./confirm-payment";
import { declineWorkflow } from "./decline-workflow";
import { openGatewayLink } from "./open-gateway-link";
import { readGatewayLink } from "./read-gateway-link";
import { submitCustomerAccount } from "./submit-customer-account";
import { submitEnhancedProfile } from "./submit-enhanced-profile";
import { verifyPasscode } from "./verify-passcode";

const actor = { type: "CUSTOMER" as const, ipAddress: "203.0.113.7" };

describe("the Gateway flow", () => {
  it("walks every step to COMPLETED and hands the payment to the rail", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    expect(await readGatewayLink({ token, proof: {} })).toMatchObject({
      access: { kind: "open", workflowId: workflow.id, gate: { authentication: "NONE" } },
    });
    const workflowId = workflow.id;

    // The notification step is done by the send job; do it here directly.
    await db().workflowStep.updateMany({ where: { workflowId, position: 0 }, data: { status: "COMPLETED" } });
    await db().workflowStep.updateMany({ where: { workflowId, position: 1 }, data: { status: "ACTIVE" } });

    await submitCustomerAccount({
      workflowId,
      input: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" },
      actor,
    });
    await expect(
      submitCustomerAccount({ workflowId, input: { firstName: "Ada", lastName: "Again" }, actor }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(submitEnhancedProfile({ workflowId, input: { addresses: {} }, actor })).rejects.toMatchObject({
      code: "UNPROCESSABLE",
    });
    await submitEnhancedProfile({
      workflowId,
      input: {
        dateOfBirth: "1990-04-25",
        addresses: { PHYSICAL: { line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" } },
      },
      actor,
    });

    await expect(
      addFinancialAccount({
        workflowId,
        input: { kind: "bank", holderName: "Ada", routingNumber: "021000022", accountNumber: "123456789" },
        actor,
      }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    const { financialAccount } = await addFinancialAccount({
      workflowId,
      input: { kind: "bank", holderName: "Ada Lovelace", routingNumber: "021000021", accountNumber: "000123456789" },
      actor,
    });
    const stored = await db().financialAccount.findUniqueOrThrow({
      where: { id: financialAccount.id },
      select: { lastFour: true, encryptedNumber: true },
    });
    expect(stored.lastFour).toBe("6789");
    expect(stored.encryptedNumber).not.toContain("123456789");
    expect(decrypt(stored.encryptedNumber)).toBe("000123456789");

    const opened = await openGatewayLink({ token, proof: {}, actor });
    if (opened.kind !== "open") throw new Error(`the link is ${opened.kind}`);
    const { view } = opened;
    expect(view.currentStep).toBe("document-acceptance");
    expect(view.documents.map((d) => d.key)).toEqual(["terms-of-service", "privacy-policy"]);
    await acceptDocuments({
      workflowId,
      documentVersionIds: view.documents.map((d) => d.versionId),
      actor,
      ipAddress: "203.0.113.7",
      userAgent: "Vitest",
    });
    const acceptances = await db().documentAcceptance.findMany({
      where: { workflowId },
      select: { contentHash: true, ipAddress: true, userAgent: true },
    });
    expect(acceptances).toHaveLength(2);
    expect(acceptances[0]).toMatchObject({ ipAddress: "203.0.113.7", userAgent: "Vitest" });
    expect(acceptances[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const { transactionId, finished } = await confirmPayment({ workflowId, actor });
    expect(finished).toBe(true);
    const transaction = await db().transaction.findUniqueOrThrow({
      where: { id: transactionId },
      select: { status: true, amount: true, statusHistory: { select: { toStatus: true } } },
    });
    expect(transaction.status).toBe("NEW");
    expect(transaction.amount.toFixed(2)).toBe("125.00");
    const jobs = await db().scheduledJob.findMany({
      where: { subjectId: transactionId },
      select: { kind: true, status: true },
    });
    expect(jobs).toEqual([{ kind: "TRANSACTION_ADVANCE", status: "PENDING" }]);

    const done = await db().workflow.findUniqueOrThrow({
      where: { id: workflowId },
      select: { status: true, completedAt: true, customerId: true },
    });
    expect(done.status).toBe("COMPLETED");
    expect(done.customerId).toBeTruthy();
    expect(await readGatewayLink({ token, proof: {} })).toMatchObject({ access: { kind: "ended", state: "finished" } });
  });

  it("ends DECLINED with the reason, and OTHER needs words", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    await expect(declineWorkflow({ workflowId: workflow.id, input: { reason: "OTHER" }, actor })).rejects.toThrow(
      /validation.tellUsWhy/,
    );
    await declineWorkflow({ workflowId: workflow.id, input: { reason: "INCORRECT_AMOUNT" }, actor });
    const row = await db().workflow.findUniqueOrThrow({
      where: { id: workflow.id },
      select: { status: true, declineReason: true },
    });
    expect(row).toEqual({ status: "DECLINED", declineReason: "INCORRECT_AMOUNT" });
    expect(await readGatewayLink({ token, proof: {} })).toMatchObject({ access: { kind: "ended", state: "finished" } });
  });

  it("locks the passcode after five wrong tries", async () => {
    const business = await createTestBusiness();
    const { workflow, passcode } = await createTestWorkflow(business.id, {
      authentication: "PASSCODE",
      steps: [
        { name: "notification", parameters: { phoneNumber: randomPhone() } },
        { name: "customer-account", parameters: {} },
      ],
    });
    expect(passcode).toMatch(/^\d{6}$/);
    const wrong = passcode === "000000" ? "111111" : "000000";
    for (let i = 1; i <= 4; i++)
      expect(await verifyPasscode({ workflowId: workflow.id, passcode: wrong, actor })).toMatchObject({
        ok: false,
        attemptsLeft: 5 - i,
      });
    expect(await verifyPasscode({ workflowId: workflow.id, passcode: wrong, actor })).toMatchObject({
      ok: false,
      locked: true,
    });
    await expect(verifyPasscode({ workflowId: workflow.id, passcode: passcode!, actor })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("treats garbage, unknown and lapsed links as such without throwing", async () => {
    for (const token of ["", "x".repeat(5000), "A".repeat(43)]) {
      expect(await readGatewayLink({ token, proof: {} })).toEqual({ access: { kind: "unknown" }, locale: null });
      expect(await openGatewayLink({ token, proof: {}, actor })).toEqual({ kind: "unknown", locale: null });
    }
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    await db().workflow.update({ where: { id: workflow.id }, data: { expireAt: new Date(Date.now() - 1000) } });
    expect(await readGatewayLink({ token, proof: {} })).toMatchObject({ access: { kind: "ended", state: "expired" } });
  });
});
