import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { smsSegments } from "@/server/sms/sms-segments";
import { createTestBusiness, createTestTransaction, createTestWorkflow, randomPhone } from "@/server/testing/factories";
import { sendSmsCode } from "@/server/services/gateway/send-sms-code";
import { notifyTransactionStatus } from "@/server/services/transactions/notify-transaction-status";
import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { composeLinkMessage, renderLink } from "@/server/contracts/workflows/link-message";
import { remindWorkflow } from "@/server/services/workflows/remind-workflow";
import { textSenderName } from "./text-sender-name";

const steps = (phoneNumber: string): CreateWorkflowInput["steps"] => [
  { name: "notification", parameters: { phoneNumber } },
  { name: "customer-account", parameters: {} },
];

/** The texts of a workflow as stored (link as a placeholder, code sealed), in sending order. */
const texts = async (workflowId: string) =>
  (await db().notification.findMany({ where: { workflowId }, orderBy: { serial: "asc" }, select: { body: true } })).map(
    (text) => text.body,
  );

const businessWithSender = async (smsSenderName: string | null) => {
  const business = await createTestBusiness({ name: "Sender Test Company Holdings" });
  await db().business.update({ where: { id: business.id }, data: { smsSenderName } });
  return business;
};

describe("the name customers see in texts", () => {
  it("is the SMS sender name when set, else the business name", () => {
    expect(textSenderName({ name: "Demo Co", smsSenderName: "DEMO" })).toBe("DEMO");
    expect(textSenderName({ name: "Demo Co", smsSenderName: null })).toBe("Demo Co");
    expect(textSenderName({ name: "Demo Co", smsSenderName: "  " })).toBe("Demo Co");
  });

  it("signs the link, the reminder, the one-time code and the expiry notice", async () => {
    const business = await businessWithSender("RENTCO");
    const phone = randomPhone();
    const { workflow } = await createTestWorkflow(business.id, {
      title: "Rent for March",
      steps: steps(phone),
      authentication: "SMS_CODE",
      expireInHours: 72,
    });
    await runDueJobs({ businessId: business.id });
    await db().workflow.update({
      where: { id: workflow.id },
      data: { nextNotificationAt: new Date(Date.now() - 1000) },
    });
    const remind = await db().scheduledJob.findFirstOrThrow({
      where: { subjectId: workflow.id, kind: "WORKFLOW_REMIND" },
      select: { id: true, subjectId: true },
    });
    await remindWorkflow(remind);
    await sendSmsCode({ workflowId: workflow.id, actor: { type: "CUSTOMER", ipAddress: "203.0.113.8" } });
    await db().workflow.update({ where: { id: workflow.id }, data: { expireAt: new Date(Date.now() - 1000) } });
    await db().scheduledJob.updateMany({
      where: { subjectId: workflow.id, kind: "WORKFLOW_EXPIRE" },
      data: { runAt: new Date(Date.now() - 1000) },
    });
    await runDueJobs({ businessId: business.id });

    const [link, reminder, code, expiry] = await texts(workflow.id);
    expect(link).toMatch(/^RENTCO: Rent for March\./);
    expect(reminder).toMatch(/^Reminder from RENTCO: Rent for March\./);
    expect(code).toMatch(/^RENTCO: \{\{code:[\w.-]+\}\} is your code/);
    expect(expiry).toMatch(/^RENTCO: your link for "Rent for March" has expired\. Contact RENTCO/);
    for (const text of [link, reminder, code, expiry]) expect(text).not.toContain("Sender Test Company");
  });

  it("signs transaction updates, and falls back to the business name without a sender name", async () => {
    const named = await businessWithSender("PAYCO");
    const plain = await businessWithSender(null);
    for (const business of [named, plain]) {
      const { id } = await createTestTransaction(business.id, "42.00");
      await db().transaction.update({ where: { id }, data: { status: "PROCESSING" } });
      await notifyTransactionStatus({ id: `notify-${id}`, subjectId: id, payload: { status: "PROCESSING" } });
    }
    const texts = await db().notification.findMany({
      where: { businessId: { in: [named.id, plain.id] }, origin: "TRANSACTION" },
      select: { businessId: true, body: true },
    });
    expect(texts.find((text) => text.businessId === named.id)?.body).toBe(
      "PAYCO: Your payment of $42.00 to PAYCO is being processed (account •••• 6789).",
    );
    expect(texts.find((text) => text.businessId === plain.id)?.body).toMatch(
      /^Sender Test Company Holdings: Your payment of \$42\.00 to Sender Test Company Holdings/,
    );
  });

  it("keeps the link text within two segments with the longest sender name", () => {
    const appUrl = "https://linx.example.com";
    const body = composeLinkMessage({
      kind: "REMINDER",
      senderName: "ABCDEFGHIJK",
      title: "T".repeat(400),
      memo: "M".repeat(400),
      expireAt: new Date("2027-02-22T00:00:00Z"),
      appUrl,
    });
    const sent = renderLink(body, `${appUrl}/l/${"a".repeat(43)}`);
    expect(sent).toMatch(/^Reminder from ABCDEFGHIJK: T+/);
    expect(smsSegments(sent)).toBe(2);
  });
});
