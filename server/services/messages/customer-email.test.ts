import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/linx/workflows/route";
import { callApi } from "@/server/api/rest/api-test-kit";
import { answerUnsubscribe } from "@/server/http/unsubscribe-page";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { runJob } from "@/server/jobs/run-job";
import { useSmtpTestServer } from "@/server/mail/testing/use-smtp-test-server";
import { SYSTEM } from "@/server/services/actor";
import { sendSmsCode } from "@/server/services/gateway/send-sms-code";
import { verifySmsCode } from "@/server/services/gateway/verify-sms-code";
import { notifyTransactionStatus } from "@/server/services/transactions/notify-transaction-status";
import { expireWorkflow } from "@/server/services/workflows/expire-workflow";
import { listWorkflowNotifications } from "@/server/services/notifications/list-workflow-notifications";
import { remindWorkflow } from "@/server/services/workflows/remind-workflow";
import {
  createTestBusiness,
  createTestWorkflow,
  fullSteps,
  randomPhone,
  type TestBusiness,
  uniqueSuffix,
} from "@/server/testing/factories";
import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { createTemplate } from "@/server/services/templates/create-template";
import { resumeCustomerEmails } from "./resume-customer-emails";

const { smtp, useSmtp } = useSmtpTestServer();

let business: TestBusiness;
beforeAll(async () => {
  business = await createTestBusiness({ name: "Mail Rent Co" });
});

const newAddress = () => `Ana.${uniqueSuffix()}@Example.com`;

const emailSteps = (email: string): CreateWorkflowInput["steps"] => [
  { name: "notification", parameters: { channel: "EMAIL", email } },
  ...fullSteps().slice(1),
];

const mailTo = (address: string) =>
  smtp().received.filter((mail) => JSON.stringify(mail.to ?? "").includes(address.toLowerCase()));

/** Runs the due jobs of the business (the first email, its EMAIL_SEND) until none is left. */
const drain = async () => {
  for (let round = 0; round < 5; round++) if ((await runDueJobs({ businessId: business.id })).length === 0) return;
};

const sendJobsOf = async (workflowId: string) => {
  const emails = await db().notification.findMany({ where: { workflowId }, select: { emailId: true } });
  for (const { emailId } of emails) {
    const job = await db().scheduledJob.findFirst({
      where: { subjectId: emailId ?? "", kind: "EMAIL_SEND", status: "PENDING" },
      select: { id: true },
    });
    if (job) await runJob({ jobId: job.id });
  }
};

describe("a request by email", () => {
  it("is created with channel EMAIL and its address; a bad or missing address is a 422 naming the field", async () => {
    const address = newAddress();
    const { workflow } = await createTestWorkflow(business.id, { steps: emailSteps(address) });
    expect(workflow).toMatchObject({ channel: "EMAIL", email: address.toLowerCase(), phoneNumber: null });

    const create = (steps: unknown) =>
      callApi(collection.POST, "/linx/workflows", {
        method: "POST",
        key: business.apiKey,
        body: { title: "Rent", steps },
      });
    const rest = fullSteps().slice(1);
    const cases: Array<[unknown, string]> = [
      [{ channel: "EMAIL", email: "not-an-address" }, "steps.0.parameters.email"],
      [{ channel: "EMAIL" }, "steps.0.parameters.email"],
      [{ channel: "SMS", email: "ana@example.com" }, "steps.0.parameters.phoneNumber"],
      [{ channel: "PIGEON", email: "ana@example.com" }, "steps.0.parameters.channel"],
    ];
    for (const [parameters, field] of cases) {
      const response = await create([{ name: "notification", parameters }, ...rest]);
      expect(response.status, JSON.stringify(parameters)).toBe(422);
      const details = (response.body as { error: { details: Array<{ in: string; field: string }> } }).error.details;
      expect(details.map((d) => `${d.in}:${d.field}`)).toContain(`body:${field}`);
    }
    const ok = await create([{ name: "notification", parameters: { channel: "EMAIL", email: newAddress() } }, ...rest]);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ channel: "EMAIL" });
  });

  it("is sent from a template that emails with the customer's email (REST), a missing or bad one a 422", async () => {
    const template = await createTemplate({
      businessId: business.id,
      actor: SYSTEM,
      input: {
        name: `By email ${uniqueSuffix()}`,
        title: "Rent by email",
        steps: [
          { name: "notification", parameters: { channel: "EMAIL" } },
          { name: "customer-account", parameters: {} },
        ],
      },
    });
    const send = (body: Record<string, unknown>) =>
      callApi(collection.POST, "/linx/workflows", {
        method: "POST",
        key: business.apiKey,
        body: { templateId: template.id, ...body },
      });
    const sent = await send({ email: newAddress() });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ channel: "EMAIL", title: "Rent by email" });
    for (const body of [{ phoneNumber: randomPhone() }, { email: "nope" }, {}]) {
      const refused = await send(body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      const details = (refused.body as { error: { details: Array<{ field: string }> } }).error.details;
      expect(details.map((d) => d.field).join()).toMatch(/email|phoneNumber/);
    }
  });

  it("emails the link in the text's words, with List-Unsubscribe, and shows as EMAIL in the history", async () => {
    useSmtp();
    const address = newAddress();
    const { workflow, token } = await createTestWorkflow(business.id, {
      steps: emailSteps(address),
      customerMemo: "Unit 4B",
    });
    await drain();
    const [mail] = mailTo(address);
    expect(mail?.subject).toBe("Mail Rent Co: Rent for March");
    expect(mail?.text).toContain("Mail Rent Co: Rent for March.");
    expect(mail?.text).toContain("Unit 4B.");
    expect(mail?.text).toContain(`Open your request: ${env().APP_URL}/l/${token}`);
    expect(mail?.text).not.toContain("STOP");
    expect(mail?.html).toContain(`href="${env().APP_URL}/l/${token}"`);
    const list = mail?.headers.get("list") as {
      unsubscribe?: { url?: string };
      "unsubscribe-post"?: { name?: string };
    };
    expect(list.unsubscribe?.url).toMatch(new RegExp(`^${env().APP_URL}/unsubscribe/v1\\.`));
    expect(list["unsubscribe-post"]?.name).toBe("List-Unsubscribe=One-Click");
    expect(mail?.text).toContain(list.unsubscribe!.url!);

    const history = await listWorkflowNotifications({ businessId: business.id, workflowId: workflow.id });
    expect(history).toMatchObject([
      {
        serial: 1,
        channel: "EMAIL",
        origin: "INITIAL",
        status: "SENT",
        toAddress: address.toLowerCase(),
        toNumber: null,
      },
    ]);
    const row = await db().workflow.findUniqueOrThrow({
      where: { id: workflow.id },
      select: { nextNotificationAt: true, steps: { orderBy: { position: "asc" }, select: { status: true } } },
    });
    expect(row.steps.slice(0, 2).map((s) => s.status)).toEqual(["COMPLETED", "ACTIVE"]);
    expect(row.nextNotificationAt).not.toBeNull();
    const event = await db().webhookEvent.findFirst({
      where: {
        businessId: business.id,
        type: "linx.workflow-updated",
        payload: { path: ["data", "workflow", "id"], equals: workflow.id },
      },
      select: { id: true },
    });
    expect(event).not.toBeNull();
  });

  it("emails reminders, the expiry notice and payment statuses in Spanish, from the same catalog", async () => {
    useSmtp();
    const address = newAddress();
    const { workflow } = await createTestWorkflow(business.id, { steps: emailSteps(address), locale: "es" });
    await drain();
    expect(mailTo(address)[0]?.subject).toBe("Mail Rent Co: Rent for March");

    await db().workflow.update({
      where: { id: workflow.id },
      data: { nextNotificationAt: new Date(Date.now() - 1000) },
    });
    await remindWorkflow({ id: `remind-${uniqueSuffix()}`, subjectId: workflow.id });

    const customer = await db().customer.create({
      data: { businessId: business.id, firstName: "Ana", lastName: "Ruiz", email: address.toLowerCase() },
      select: { id: true },
    });
    const account = await db().financialAccount.create({
      data: {
        businessId: business.id,
        customerId: customer.id,
        type: "BANK_ACCOUNT",
        subType: "CHECKING",
        holderName: "Ana",
        lastFour: "6789",
        encryptedNumber: "v1.test",
      },
      select: { id: true },
    });
    const transaction = await db().transaction.create({
      data: {
        businessId: business.id,
        workflowId: workflow.id,
        customerId: customer.id,
        financialAccountId: account.id,
        transactionType: "REQUEST",
        solution: "ACH",
        amount: "125.00",
      },
      select: { id: true },
    });
    await notifyTransactionStatus({
      id: `tx-${uniqueSuffix()}`,
      subjectId: transaction.id,
      payload: { status: "CLEARED" },
    });

    await db().workflow.update({ where: { id: workflow.id }, data: { expireAt: new Date(Date.now() - 1000) } });
    await expireWorkflow({ id: `expire-${uniqueSuffix()}`, subjectId: workflow.id });
    await sendJobsOf(workflow.id);

    const subjects = mailTo(address).map((mail) => mail.subject);
    expect(subjects).toContain("Recordatorio de Mail Rent Co: Rent for March");
    expect(subjects).toContain("Mail Rent Co: se ha completado su pago de $125.00 a Mail Rent Co. Gracias.");
    expect(subjects).toContain(
      'Mail Rent Co: su enlace para "Rent for March" ha vencido. Contacte a Mail Rent Co si lo sigue necesitando.',
    );
    for (const mail of mailTo(address)) {
      expect(mail.html).toMatch(/<html lang="es">/);
      expect(mail.text).toContain("Para no recibir más correos de Mail Rent Co, dese de baja:");
      expect(mail.headers.get("list")).toMatchObject({ "unsubscribe-post": { name: "List-Unsubscribe=One-Click" } });
    }
    const history = await listWorkflowNotifications({ businessId: business.id, workflowId: workflow.id });
    expect(history.map((n) => `${n.channel} ${n.origin} ${n.status}`)).toEqual([
      "EMAIL INITIAL SENT",
      "EMAIL REMINDER SENT",
      "EMAIL TRANSACTION SENT",
      "EMAIL EXPIRY SENT",
    ]);
  });

  it("emails the one-time code to the same address, and the code opens the link", async () => {
    useSmtp();
    const address = newAddress();
    const { workflow } = await createTestWorkflow(business.id, {
      steps: emailSteps(address),
      authentication: "SMS_CODE",
    });
    await drain();
    expect(await sendSmsCode({ workflowId: workflow.id, actor: { type: "CUSTOMER" } })).toMatchObject({ sent: true });
    await sendJobsOf(workflow.id);
    const mail = mailTo(address).find((m) => m.subject === "Mail Rent Co: your code");
    const code = mail?.text?.match(/\b(\d{6})\b/)?.[1];
    expect(code).toBeDefined();
    const stored = await db().email.findMany({ where: { toAddress: address.toLowerCase() }, select: { text: true } });
    for (const { text } of stored) expect(text).not.toContain(code);
    expect(await verifySmsCode({ workflowId: workflow.id, code: code!, actor: { type: "CUSTOMER" } })).toMatchObject({
      ok: true,
    });
  });

  it("unsubscribes in one click (POST), honoured like STOP, and staff can resume from the customer's page", async () => {
    useSmtp();
    const address = newAddress();
    const { workflow } = await createTestWorkflow(business.id, { steps: emailSteps(address) });
    await drain();
    const url = (mailTo(address)[0]!.headers.get("list") as { unsubscribe: { url: string } }).unsubscribe.url;
    const token = url.split("/unsubscribe/")[1]!;
    const call = (method: "GET" | "POST", tokenValue = token) => answerUnsubscribe({ method, token: tokenValue });

    // A GET (a person, or a mail app's link checker) only asks.
    expect(await call("GET")).toMatchObject({
      status: 200,
      page: { address: address.toLowerCase(), unsubscribed: false },
    });
    expect(await db().emailOptOut.count({ where: { businessId: business.id } })).toBe(0);
    expect(await call("GET", "v1.forged.token.here")).toEqual({ status: 404, page: null });

    expect(await call("POST")).toMatchObject({ status: 200, page: { unsubscribed: true } });
    expect(await call("POST")).toMatchObject({ status: 200, page: { unsubscribed: true } }); // twice changes nothing

    await db().workflow.update({
      where: { id: workflow.id },
      data: { nextNotificationAt: new Date(Date.now() - 1000) },
    });
    await remindWorkflow({ id: `remind-${uniqueSuffix()}`, subjectId: workflow.id });
    const suppressed = await listWorkflowNotifications({ businessId: business.id, workflowId: workflow.id });
    expect(suppressed.at(-1)).toMatchObject({ channel: "EMAIL", origin: "REMINDER", status: "SUPPRESSED" });
    expect(mailTo(address)).toHaveLength(1);
    // Another business may still write to the address.
    const other = await createTestBusiness({ name: "Other Co", documents: false, apiKey: false });
    expect(await db().emailOptOut.count({ where: { businessId: other.id } })).toBe(0);

    const customer = await db().customer.create({
      data: {
        businessId: business.id,
        firstName: "Ana",
        lastName: "Ruiz",
        email: address.toLowerCase(),
        phoneNumber: randomPhone(),
      },
      select: { id: true },
    });
    expect(await resumeCustomerEmails({ businessId: business.id, customerId: customer.id, actor: SYSTEM })).toEqual({
      resumed: true,
    });
    await db().workflow.update({
      where: { id: workflow.id },
      data: { nextNotificationAt: new Date(Date.now() - 1000) },
    });
    await remindWorkflow({ id: `remind-${uniqueSuffix()}`, subjectId: workflow.id });
    await sendJobsOf(workflow.id);
    expect(mailTo(address)).toHaveLength(2);
  });
});
