import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness, createTestWorkflow } from "@/server/testing/factories";
import { listSmsToNumber } from "@/server/services/sms/list-sms-to-number";
import { readGatewayLink } from "./read-gateway-link";
import { MAX_CODES_PER_HOUR, sendSmsCode } from "./send-sms-code";
import { verifySmsCode } from "./verify-sms-code";

const actor = { type: "CUSTOMER" as const, ipAddress: "203.0.113.8" };

const codeWorkflow = async () => {
  const business = await createTestBusiness();
  const { workflow, token } = await createTestWorkflow(business.id, { authentication: "SMS_CODE" });
  return { ...workflow, token };
};

/** The code the phone received: what the local inbox shows, newest text first. */
const receivedCode = async (phoneNumber: string) => {
  const [latest] = await listSmsToNumber({ to: phoneNumber });
  return latest!.body.match(/\b(\d{6})\b/)![1]!;
};

/** Lets the 30-second wait between codes pass. */
const agePreviousCodes = (workflowId: string) =>
  db().notification.updateMany({
    where: { workflowId, origin: "OTP" },
    data: { createdAt: new Date(Date.now() - 31_000) },
  });

describe("texted one-time codes", () => {
  it("texts a code that opens the link once, and never stores it in the clear", async () => {
    const workflow = await codeWorkflow();
    expect((await readGatewayLink({ token: workflow.token, proof: {} })).access).toMatchObject({
      kind: "sms-code",
      codeLive: false,
      phoneLastFour: workflow.phoneNumber!.slice(-4),
    });
    expect(await sendSmsCode({ workflowId: workflow.id, actor })).toEqual({
      sent: true,
      phoneLastFour: workflow.phoneNumber!.slice(-4),
    });
    const code = await receivedCode(workflow.phoneNumber!);
    const stored = await db().notification.findFirstOrThrow({
      where: { workflowId: workflow.id, origin: "OTP" },
      select: { body: true },
    });
    expect(stored.body).not.toContain(code);
    expect((await readGatewayLink({ token: workflow.token, proof: {} })).access).toMatchObject({
      kind: "sms-code",
      codeLive: true,
    });

    const wrong = code === "000000" ? "111111" : "000000";
    expect(await verifySmsCode({ workflowId: workflow.id, code: wrong, actor })).toEqual({
      ok: false,
      attemptsLeft: 4,
      locked: false,
    });
    expect(await verifySmsCode({ workflowId: workflow.id, code, actor })).toEqual({ ok: true });
    // Used once: the same code again is spent, and costs no attempt.
    expect(await verifySmsCode({ workflowId: workflow.id, code, actor })).toEqual({ ok: false, expired: true });
  });

  it("refuses an expired code and counts wrong ones toward the lock", async () => {
    const workflow = await codeWorkflow();
    await sendSmsCode({ workflowId: workflow.id, actor });
    const code = await receivedCode(workflow.phoneNumber!);
    await db().workflow.update({ where: { id: workflow.id }, data: { codeExpiresAt: new Date(Date.now() - 1000) } });
    expect(await verifySmsCode({ workflowId: workflow.id, code, actor })).toEqual({ ok: false, expired: true });

    await agePreviousCodes(workflow.id);
    await sendSmsCode({ workflowId: workflow.id, actor });
    const fresh = await receivedCode(workflow.phoneNumber!);
    const wrong = fresh === "000000" ? "111111" : "000000";
    for (let i = 0; i < 4; i++) await verifySmsCode({ workflowId: workflow.id, code: wrong, actor });
    expect(await verifySmsCode({ workflowId: workflow.id, code: wrong, actor })).toEqual({
      ok: false,
      attemptsLeft: 0,
      locked: true,
    });
    await expect(verifySmsCode({ workflowId: workflow.id, code: fresh, actor })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(sendSmsCode({ workflowId: workflow.id, actor })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("waits 30 seconds between codes and sends at most five an hour", async () => {
    const workflow = await codeWorkflow();
    await sendSmsCode({ workflowId: workflow.id, actor });
    await expect(sendSmsCode({ workflowId: workflow.id, actor })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/another in \d+ seconds/),
    });
    for (let i = 1; i < MAX_CODES_PER_HOUR; i++) {
      await agePreviousCodes(workflow.id);
      await sendSmsCode({ workflowId: workflow.id, actor });
    }
    await agePreviousCodes(workflow.id);
    await expect(sendSmsCode({ workflowId: workflow.id, actor })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/an hour/),
    });
    expect(await db().notification.count({ where: { workflowId: workflow.id, origin: "OTP" } })).toBe(
      MAX_CODES_PER_HOUR,
    );
  });

  it("does not text an opted-out phone, and refuses links without the SMS gate", async () => {
    const workflow = await codeWorkflow();
    await db().smsOptOut.create({ data: { phoneNumber: workflow.phoneNumber! } });
    expect(await sendSmsCode({ workflowId: workflow.id, actor })).toEqual({ sent: false, reason: "OPTED_OUT" });
    const business = await createTestBusiness();
    const { workflow: open } = await createTestWorkflow(business.id);
    await expect(sendSmsCode({ workflowId: open.id, actor })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(verifySmsCode({ workflowId: open.id, code: "123456", actor })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
