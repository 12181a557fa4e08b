import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { createTestBusiness, createTestWorkflow } from "@/server/testing/factories";
import { startReceiver, type Receiver } from "@/server/webhooks/test-receiver";
import { SYSTEM } from "@/server/services/actor";
import { acceptDocuments } from "@/server/services/gateway/accept-documents";
import { addFinancialAccount } from "@/server/services/gateway/add-financial-account";
import { confirmPayment } from "@/server/services/gateway/confirm-payment";
import { openGatewayLink } from "@/server/services/gateway/open-gateway-link";
import { submitCustomerAccount } from "@/server/services/gateway/submit-customer-account";
import { submitEnhancedProfile } from "@/server/services/gateway/submit-enhanced-profile";
import { cancelWorkflow } from "@/server/services/workflows/cancel-workflow";
import { createWebhookEndpoint } from "./create-webhook-endpoint";

const saved = process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;
let receiver: Receiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";
  resetEnvForTests();
  receiver = await startReceiver();
});
afterAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = saved;
  resetEnvForTests();
  await receiver.close();
});

const actor = { type: "CUSTOMER" as const, ipAddress: "203.0.113.7" };
const eventsOf = async (businessId: string) =>
  (
    await db().webhookEvent.findMany({
      where: { businessId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { type: true, payload: true },
    })
  ).map((e) => e.payload as { type: string; data: any });

/** Runs everything due, moving time forward, until nothing is left for the business. */
const drain = async (businessId: string) => {
  for (let round = 0; round < 30; round += 1) {
    await db().scheduledJob.updateMany({
      where: { businessId, status: "PENDING" },
      data: { runAt: new Date(Date.now() - 1000) },
    });
    await db().webhookDelivery.updateMany({
      where: { endpoint: { businessId }, status: "PENDING", nextAttemptAt: { not: null } },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    if ((await runDueJobs({ businessId })).length === 0) return;
  }
};

describe("domain events", () => {
  it("reports a whole Gateway flow, in order, with masked account numbers, to the business's endpoint", async () => {
    const business = await createTestBusiness();
    const endpoint = await createWebhookEndpoint({ businessId: business.id, url: receiver.url, actor: SYSTEM });
    const { workflow, token } = await createTestWorkflow(business.id);
    const workflowId = workflow.id;
    await drain(business.id); // sends the link: the notification step completes

    await submitCustomerAccount({
      workflowId,
      input: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" },
      actor,
    });
    await submitEnhancedProfile({
      workflowId,
      input: {
        dateOfBirth: "1990-04-25",
        addresses: { PHYSICAL: { line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" } },
      },
      actor,
    });
    await addFinancialAccount({
      workflowId,
      input: { kind: "bank", holderName: "Ada Lovelace", routingNumber: "021000021", accountNumber: "000123456789" },
      actor,
    });
    const opened = await openGatewayLink({ token, proof: {}, actor });
    if (opened.kind !== "open") throw new Error(`the link is ${opened.kind}`);
    await acceptDocuments({ workflowId, documentVersionIds: opened.view.documents.map((d) => d.versionId), actor });
    await confirmPayment({ workflowId, actor });
    await drain(business.id);

    const events = await eventsOf(business.id);
    const steps = events
      .filter((e) => e.type === "linx.workflow-updated")
      .map((e) => [
        e.data.previousStep?.stepName ?? null,
        e.data.currentStep?.stepName ?? null,
        e.data.workflow.status,
      ]);
    expect(steps).toEqual([
      [null, "notification", "ACTIVE"],
      ["notification", "customer-account", "ACTIVE"],
      ["customer-account", "enhance-profile", "ACTIVE"],
      ["enhance-profile", "financial-account", "ACTIVE"],
      ["financial-account", "document-acceptance", "ACTIVE"],
      ["document-acceptance", "move-money", "ACTIVE"],
      ["move-money", null, "COMPLETED"],
    ]);
    expect(events.filter((e) => e.type !== "linx.workflow-updated").map((e) => e.type)).toEqual([
      "customer.created",
      "financial-account.created",
      "document.accepted",
      "transactions.status-changed",
      "customer.status-updated",
      "transactions.status-changed",
      "transactions.status-changed",
      "transactions.status-changed",
    ]);
    // Completing the workflow completed the customer's onboarding.
    expect(events.find((e) => e.type === "customer.status-updated")!.data).toMatchObject({
      previousStatus: "NEW",
      customer: { status: "ACTIVE", firstName: "Ada" },
    });
    const money = events
      .filter((e) => e.type === "transactions.status-changed")
      .map((e) => [e.data.transaction.previousStatus, e.data.transaction.status]);
    expect(money).toEqual([
      [null, "NEW"],
      ["NEW", "PENDING"],
      ["PENDING", "PROCESSING"],
      ["PROCESSING", "CLEARED"],
    ]);
    expect(events.find((e) => e.type === "financial-account.created")!.data.financialAccount).toMatchObject({
      lastFour: "6789",
      type: "BANK_ACCOUNT",
    });
    expect(
      events
        .find((e) => e.type === "document.accepted")!
        .data.documents.map((d: { documentId: string }) => d.documentId)
        .sort(),
    ).toEqual(["privacy-policy", "terms-of-service"]);

    // Every event reached the receiver, signed, and no account number ever left.
    const mine = receiver.received.filter((r) =>
      events.some((e) => (e as { id?: string }).id === r.headers["webhook-id"]),
    );
    expect(mine).toHaveLength(events.length);
    for (const request of mine) {
      expect(new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>)).toBeTruthy();
      expect(request.body).not.toContain("123456789");
    }
  });

  it("reports a cancelled workflow, and writes nothing when the change fails", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id);
    await cancelWorkflow({ businessId: business.id, workflowId: workflow.id, actor: SYSTEM });
    await expect(
      cancelWorkflow({ businessId: business.id, workflowId: workflow.id, actor: SYSTEM }),
    ).rejects.toBeTruthy();
    const events = await eventsOf(business.id);
    expect(events.map((e) => e.data.workflow.status)).toEqual(["ACTIVE", "CANCELLED"]);
    expect(events[1]!.data.currentStep).toBeNull();
  });
});
