import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { runJob } from "@/server/jobs/run-job";
import { queueEmail } from "@/server/services/mail/queue-email";
import { createTestBusiness, uniqueSuffix } from "@/server/testing/factories";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { GET } from "./route";

let businessId: string;
const saved = { ...process.env };

beforeAll(async () => {
  businessId = (await createTestBusiness({ name: "Dev mail", documents: false, apiKey: false })).id;
});
afterAll(async () => {
  await db().business.delete({ where: { id: businessId } });
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const get = (query: string) => GET(new NextRequest(`http://localhost:3999/api/dev/mail${query}`));

const send = async (to: string, subject: string) => {
  const email = await inUnitOfWork((uow) =>
    queueEmail(uow, {
      businessId,
      purpose: "STAFF_INVITATION",
      to,
      content: { lang: "en", subject, paragraphs: [subject] },
    }),
  );
  const job = await db().scheduledJob.findFirstOrThrow({ where: { subjectId: email.id }, select: { id: true } });
  await runJob({ jobId: job.id });
};

describe("GET /api/dev/mail", () => {
  it("lists the email an address received, newest first", async () => {
    const to = `ana.${uniqueSuffix()}@example.com`;
    await send(to, "first");
    await send(to, "second");
    await send(`bo.${uniqueSuffix()}@example.com`, "someone else");

    for (const query of [`?to=${encodeURIComponent(to)}`, `?to=${to.toUpperCase()}`]) {
      const response = await get(query);
      expect(response.status).toBe(200);
      const { data } = await response.json();
      expect(data).toEqual([
        { to, subject: "second", text: "second\n", html: expect.stringContaining("<p"), createdAt: expect.any(String) },
        { to, subject: "first", text: "first\n", html: expect.stringContaining("<p"), createdAt: expect.any(String) },
      ]);
    }
  });

  it("answers 400 for a missing or invalid address", async () => {
    for (const query of ["", "?to=", "?to=ana", "?to=ana%40"]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({
        code: "BAD_REQUEST",
        details: [{ in: "query", field: "to" }],
      });
    }
  });

  it("is not served beside a real SMTP server, and the app refuses to start on a real database without one or LINX_DEV_INBOX=1", async () => {
    Object.assign(process.env, { SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "no-reply@linx.test" });
    resetEnvForTests();
    expect((await get("?to=ana%40example.com")).status).toBe(404);
    delete process.env.SMTP_URL;
    delete process.env.LINX_DEV_INBOX;
    resetEnvForTests();
    await expect(get("?to=ana%40example.com")).rejects.toThrow(/LINX_DEV_INBOX=1/);
  });
});
