import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { JOB_MAX_ATTEMPTS } from "@/server/jobs/job-policy";
import { runJob } from "@/server/jobs/run-job";
import { useSmtpTestServer } from "@/server/mail/testing/use-smtp-test-server";
import { createTestBusiness, uniqueSuffix } from "@/server/testing/factories";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { listEmailsToAddress } from "./list-emails-to-address";
import { queueEmail } from "./queue-email";

const { smtp, useSmtp } = useSmtpTestServer();

let businessId: string;
beforeAll(async () => {
  businessId = (await createTestBusiness({ name: "Mail Co", documents: false, apiKey: false })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});

const address = () => `ana.${uniqueSuffix()}@example.com`;

const content = {
  lang: "en",
  subject: "You are invited to Mail Co",
  paragraphs: ["Sam invited you to Mail Co on LinX.", "Fish & <chips>"],
  action: { label: "Accept the invitation", hint: "The link works once, for 7 days." },
};

const queue = (to: string, extra: { link?: string; headers?: Record<string, string> } = {}) =>
  inUnitOfWork((uow) => queueEmail(uow, { businessId, purpose: "STAFF_INVITATION", to, content, ...extra }));

const jobOf = async (emailId: string) =>
  await db().scheduledJob.findFirstOrThrow({
    where: { subjectId: emailId, kind: "EMAIL_SEND" },
    select: { id: true, lane: true },
  });

describe("an email", () => {
  it("is a row first, then its job sends it over SMTP: text and HTML, the link filled in, the headers kept", async () => {
    useSmtp();
    const to = address();
    const link = "https://linx.test/invite/abc?x=1&y=2";
    const email = await queue(to, { link, headers: { "List-Unsubscribe": "<https://linx.test/u/1>" } });
    const stored = await db().email.findUniqueOrThrow({ where: { id: email.id } });
    expect(stored).toMatchObject({ status: "QUEUED", toAddress: to, provider: "smtp" });
    // The database keeps the link sealed and the bodies with its placeholder.
    expect(JSON.stringify(stored)).not.toContain("invite/abc");
    const job = await jobOf(email.id);
    expect(job.lane).toBe("MESSAGES");

    expect(await runJob({ jobId: job.id })).toMatchObject({ outcome: "done" });
    const mail = smtp().received.find(
      (m) => m.subject === content.subject && m.to && JSON.stringify(m.to).includes(to),
    )!;
    expect(mail.from?.value).toEqual([{ name: "LinX", address: "no-reply@linx.test" }]);
    expect(mail.text).toContain(`Accept the invitation: ${link}`);
    expect(mail.text).toContain("Fish & <chips>");
    expect(mail.html).toContain(`href="https://linx.test/invite/abc?x=1&#38;y=2"`);
    expect(mail.html).toContain("Fish &#38; &#60;chips&#62;");
    expect(mail.html).toMatch(/<html lang="en">/);
    expect(mail.html).not.toMatch(/<img|<script/);
    expect(mail.headers.get("list")).toMatchObject({ unsubscribe: { url: "https://linx.test/u/1" } });
    expect(
      await db().email.findUniqueOrThrow({ where: { id: email.id }, select: { status: true, sentAt: true } }),
    ).toMatchObject({ status: "SENT", sentAt: expect.any(Date) });

    // Run again (a duplicate event): nothing more is sent.
    const count = smtp().received.length;
    await db().scheduledJob.update({ where: { id: job.id }, data: { status: "PENDING", runAt: new Date() } });
    expect(await runJob({ jobId: job.id })).toMatchObject({ outcome: "done" });
    expect(smtp().received.length).toBe(count);
  });

  it("is tried again with back-off when the server says later (4xx), and FAILED at once when it refuses (5xx)", async () => {
    useSmtp();
    const later = await queue(address());
    smtp().refuseNext(451);
    const job = await jobOf(later.id);
    expect(await runJob({ jobId: job.id })).toMatchObject({ outcome: "retry" });
    expect(
      await db().email.findUniqueOrThrow({ where: { id: later.id }, select: { status: true, errorCode: true } }),
    ).toEqual({ status: "QUEUED", errorCode: "SMTP_451" });
    const retry = await db().scheduledJob.findUniqueOrThrow({
      where: { id: job.id },
      select: { status: true, runAt: true },
    });
    expect(retry.status).toBe("PENDING");
    expect(retry.runAt.getTime()).toBeGreaterThan(Date.now() + 10_000);
    await db().scheduledJob.update({ where: { id: job.id }, data: { runAt: new Date() } });
    expect(await runJob({ jobId: job.id })).toMatchObject({ outcome: "done" });
    expect(
      await db().email.findUniqueOrThrow({ where: { id: later.id }, select: { status: true, errorCode: true } }),
    ).toEqual({ status: "SENT", errorCode: null });

    const refused = await queue(address());
    smtp().refuseNext(550);
    expect(await runJob({ jobId: (await jobOf(refused.id)).id })).toMatchObject({ outcome: "done" });
    expect(
      await db().email.findUniqueOrThrow({ where: { id: refused.id }, select: { status: true, errorCode: true } }),
    ).toEqual({ status: "FAILED", errorCode: "SMTP_550" });
  });

  it("is FAILED after the last attempt when the server is unreachable", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port
    process.env.MAIL_FROM = "no-reply@linx.test";
    const { resetEnvForTests } = await import("@/server/env");
    resetEnvForTests();
    const email = await queue(address());
    const job = await jobOf(email.id);
    await db().scheduledJob.update({ where: { id: job.id }, data: { attempts: JOB_MAX_ATTEMPTS - 1 } });
    expect(await runJob({ jobId: job.id })).toMatchObject({ outcome: "done" });
    expect(
      await db().email.findUniqueOrThrow({ where: { id: email.id }, select: { status: true, errorCode: true } }),
    ).toEqual({ status: "FAILED", errorCode: "ESOCKET" });
  });

  it("lands in the local inbox without SMTP_URL, link filled in, newest first", async () => {
    const to = address();
    const first = await queue(to, { link: "https://linx.test/one" });
    await queue(to, { link: "https://linx.test/two" });
    for (const { id } of await db().email.findMany({ where: { toAddress: to }, select: { id: true } }))
      await runJob({ jobId: (await jobOf(id)).id });
    expect(
      await db().email.findUniqueOrThrow({ where: { id: first.id }, select: { provider: true, status: true } }),
    ).toEqual({ provider: "local", status: "SENT" });
    const inbox = await listEmailsToAddress({ to });
    expect(inbox.map((mail) => mail.text.match(/https:\/\/linx\.test\/\w+/)![0])).toEqual([
      "https://linx.test/two",
      "https://linx.test/one",
    ]);
    expect(inbox[0]).toMatchObject({
      to,
      subject: content.subject,
      html: expect.stringContaining('href="https://linx.test/two"'),
    });
  });
});
