import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { createTestBusiness, createTestWorkflow, randomPhone } from "@/server/testing/factories";
import { listSmsToNumber } from "@/server/services/sms/list-sms-to-number";
import { sendWorkflowLink } from "./send-workflow-link";
import { remindWorkflow } from "./remind-workflow";
import { extendWorkflow } from "./extend-workflow";
import { SYSTEM } from "@/server/services/actor";
import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";

const steps = (phoneNumber: string): CreateWorkflowInput["steps"] => [
  { name: "notification", parameters: { phoneNumber } },
  { name: "customer-account", parameters: {} },
];

const texts = async (workflowId: string) =>
  db().notification.findMany({
    where: { workflowId },
    orderBy: { serial: "asc" },
    select: { serial: true, origin: true, status: true, body: true },
  });

describe("workflow jobs", () => {
  it("texts the link once, completes the notification step and plans the first reminder", async () => {
    const business = await createTestBusiness({ name: "Jobs Co" });
    const phone = randomPhone();
    const { workflow, token } = await createTestWorkflow(business.id, {
      steps: steps(phone),
      customerMemo: "March rent",
    });
    const results = await runDueJobs({ businessId: business.id });
    expect(results.filter((r) => r.outcome === "done")).toHaveLength(1);

    const sent = await texts(workflow.id);
    expect(sent).toMatchObject([{ serial: 1, origin: "INITIAL", status: "DELIVERED" }]);
    expect(sent[0]!.body).toContain("{{link}}"); // the token is never stored
    const inbox = await listSmsToNumber({ to: phone });
    expect(inbox[0]!.body).toContain(`/l/${token}`);
    expect(inbox[0]!.body).toContain("Jobs Co");
    expect(inbox[0]!.body).toContain("March rent");

    const row = await db().workflow.findUniqueOrThrow({
      where: { id: workflow.id },
      select: { nextNotificationAt: true, steps: { orderBy: { position: "asc" }, select: { status: true } } },
    });
    expect(row.steps.map((s) => s.status)).toEqual(["COMPLETED", "ACTIVE"]);
    expect(Math.round((row.nextNotificationAt!.getTime() - Date.now()) / 3_600_000)).toBe(24);
    expect(
      await db().scheduledJob.count({ where: { subjectId: workflow.id, kind: "WORKFLOW_REMIND", status: "PENDING" } }),
    ).toBe(1);
  });

  it("sends once when the same job is delivered twice, and when a run died between claim and send", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id, { steps: steps(randomPhone()) });
    const job = await db().scheduledJob.findFirstOrThrow({
      where: { subjectId: workflow.id, kind: "WORKFLOW_SEND" },
      select: { id: true, subjectId: true, payload: true },
    });
    await Promise.all([sendWorkflowLink(job), sendWorkflowLink(job)]);
    await sendWorkflowLink(job);
    expect(await texts(workflow.id)).toHaveLength(1);

    // A run that queued its text and died before sending leaves it QUEUED; the rerun delivers it.
    const { workflow: second } = await createTestWorkflow(business.id, { steps: steps(randomPhone()) });
    const secondJob = await db().scheduledJob.findFirstOrThrow({
      where: { subjectId: second.id, kind: "WORKFLOW_SEND" },
      select: { id: true, subjectId: true, payload: true },
    });
    await sendWorkflowLink(secondJob);
    await db().notification.updateMany({
      where: { workflowId: second.id },
      data: { status: "QUEUED", providerMessageId: null },
    });
    await sendWorkflowLink(secondJob);
    const after = await texts(second.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.status).toBe("DELIVERED");
  });

  it("reminds when due, once, and stops at expiry with an EXPIRY text", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id, { steps: steps(randomPhone()), expireInHours: 72 });
    await runDueJobs({ businessId: business.id });
    // Move time: the reminder is due now.
    await db().workflow.update({
      where: { id: workflow.id },
      data: { nextNotificationAt: new Date(Date.now() - 1000) },
    });
    const remind = await db().scheduledJob.findFirstOrThrow({
      where: { subjectId: workflow.id, kind: "WORKFLOW_REMIND" },
      select: { id: true, subjectId: true },
    });
    await Promise.all([remindWorkflow(remind), remindWorkflow({ ...remind, id: "another-job-same-moment" })]);
    expect((await texts(workflow.id)).map((t) => t.origin)).toEqual(["INITIAL", "REMINDER"]);

    await db().workflow.update({ where: { id: workflow.id }, data: { expireAt: new Date(Date.now() - 1000) } });
    await db().scheduledJob.updateMany({
      where: { subjectId: workflow.id, kind: "WORKFLOW_EXPIRE" },
      data: { runAt: new Date(Date.now() - 1000) },
    });
    await runDueJobs({ businessId: business.id });
    const row = await db().workflow.findUniqueOrThrow({
      where: { id: workflow.id },
      select: { status: true, nextNotificationAt: true },
    });
    expect(row).toEqual({ status: "EXPIRED", nextNotificationAt: null });
    expect((await texts(workflow.id)).map((t) => t.origin)).toEqual(["INITIAL", "REMINDER", "EXPIRY"]);
  });

  it("does not expire an extended workflow at its old time", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id, { steps: steps(randomPhone()), expireInHours: 1 });
    await extendWorkflow({ businessId: business.id, workflowId: workflow.id, expireInHours: 48, actor: SYSTEM });
    await db().scheduledJob.updateMany({
      where: { subjectId: workflow.id, kind: "WORKFLOW_EXPIRE" },
      data: { runAt: new Date(Date.now() - 1000) },
    });
    await runDueJobs({ businessId: business.id });
    expect(
      (await db().workflow.findUniqueOrThrow({ where: { id: workflow.id }, select: { status: true } })).status,
    ).toBe("ACTIVE");
  });

  it("records an opted-out number as SUPPRESSED and marks the workflow", async () => {
    const business = await createTestBusiness();
    const phone = randomPhone();
    await db().smsOptOut.upsert({ where: { phoneNumber: phone }, create: { phoneNumber: phone }, update: {} });
    const { workflow } = await createTestWorkflow(business.id, { steps: steps(phone) });
    await runDueJobs({ businessId: business.id });
    expect((await texts(workflow.id))[0]!.status).toBe("SUPPRESSED");
    expect(
      (await db().workflow.findUniqueOrThrow({ where: { id: workflow.id }, select: { optedOut: true } })).optedOut,
    ).toBe(true);
    await db().smsOptOut.delete({ where: { phoneNumber: phone } });
  });
});
