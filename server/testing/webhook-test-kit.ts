import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { SYSTEM } from "@/server/services/actor";
import { createWebhookEndpoint } from "@/server/services/webhooks/create-webhook-endpoint";
import { emitEvent } from "@/server/services/webhooks/emit-event";
import { startReceiver, type Receiver, type ScriptedAnswer } from "@/server/webhooks/test-receiver";
import { createTestBusiness } from "./factories";
import { inUnitOfWork } from "@/server/work/unit-of-work";

// Helpers for webhook tests against real HTTP receivers on loopback.

/**
 * Call at the top of a test file: loopback targets are allowed in it (a test may turn them off;
 * they are on again for the next), and every receiver started through `setup` or `receiver` is
 * closed at the end.
 */
export const useLoopbackReceivers = () => {
  const saved = process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS;
  const receivers: Receiver[] = [];
  const allow = () => {
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";
    resetEnvForTests();
  };
  beforeAll(allow);
  afterEach(allow);
  afterAll(async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = saved;
    resetEnvForTests();
    await Promise.all(receivers.map((r) => r.close()));
  });
  const receiver = async (answers?: ScriptedAnswer[]) => {
    const started = await startReceiver(answers);
    receivers.push(started);
    return started;
  };
  /** A business with one endpoint pointing at a fresh receiver that answers `answers` in turn. */
  const setup = async (answers?: ScriptedAnswer[]) => {
    const business = await createTestBusiness({ name: "Webhooks" });
    const started = await receiver(answers);
    const endpoint = await createWebhookEndpoint({ businessId: business.id, url: started.url, actor: SYSTEM });
    return { businessId: business.id, receiver: started, endpoint };
  };
  return { setup, receiver };
};

/** Emits a `customer.status-updated` event in its own unit of work, as a domain change would; with the jobs of its deliveries. */
export const emitTestEvent = async (businessId: string) => {
  const { eventId } = await inUnitOfWork((uow) =>
    emitEvent(uow, {
      businessId,
      type: "customer.status-updated",
      data: {
        customer: {
          id: "cus_1",
          status: "ACTIVE",
          firstName: "Ada",
          lastName: null,
          email: null,
          phoneNumber: "+14155550100",
          createdAt: new Date().toISOString(),
        },
        previousStatus: "NEW",
      },
    }),
  );
  const deliveries = await db().webhookDelivery.findMany({ where: { eventId }, select: { id: true } });
  const jobs = await db().scheduledJob.findMany({
    where: { kind: "WEBHOOK_DELIVER", subjectId: { in: deliveries.map((d) => d.id) } },
    select: { id: true, runAt: true },
  });
  return { eventId, jobs };
};

/** Lets time pass: every pending job and delivery of the business is due now; then the runner sweeps. */
export const runDue = async (businessId: string) => {
  const past = new Date(Date.now() - 1000);
  await db().scheduledJob.updateMany({
    where: { businessId, status: { in: ["PENDING", "RUNNING"] } },
    data: { runAt: past },
  });
  await db().webhookDelivery.updateMany({
    where: { endpoint: { businessId }, status: "PENDING", nextAttemptAt: { not: null } },
    data: { nextAttemptAt: past },
  });
  return runDueJobs({ businessId });
};

export const deliveryOf = (eventId: string, endpointId: string) =>
  db().webhookDelivery.findUniqueOrThrow({
    where: { eventId_endpointId: { eventId, endpointId } },
    include: { attempts: { orderBy: { startedAt: "asc" } } },
  });

/** What a receiver using the standardwebhooks library makes of a request: the payload, or a throw. */
export const verify = (secret: string, received: { body: string; headers: Record<string, unknown> }) =>
  new Webhook(secret).verify(received.body, received.headers as Record<string, string>);
