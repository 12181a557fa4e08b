import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness, createTestWorkflow, randomPhone } from "@/server/testing/factories";
import { listSmsToNumber } from "@/server/services/sms/list-sms-to-number";
import { MAX_ATTEMPTS } from "./gateway-attempts";
import { sendSmsCode } from "./send-sms-code";
import { verifyPasscode } from "./verify-passcode";
import { verifySmsCode } from "./verify-sms-code";

const actor = { type: "CUSTOMER" as const, ipAddress: "203.0.113.9" };
const GUESSES = 30;

/** Fires every guess at once; a fulfilled answer is a guess that was checked, RATE_LIMITED one that was not. */
const fireAtOnce = async (guess: () => Promise<unknown>) => {
  const settled = await Promise.allSettled(Array.from({ length: GUESSES }, guess));
  const checked = settled.filter((s) => s.status === "fulfilled");
  const refused = settled.filter(
    (s) => s.status === "rejected" && (s.reason as { code?: string }).code === "RATE_LIMITED",
  );
  return { checked: checked.length, refused: refused.length, all: settled.length };
};

describe("the Gateway's guess limit under parallel guesses", () => {
  it("checks at most five of 30 wrong passcodes sent at once, and a right one then stays locked out", async () => {
    const business = await createTestBusiness();
    const { workflow, passcode } = await createTestWorkflow(business.id, {
      authentication: "PASSCODE",
      steps: [
        { name: "notification", parameters: { phoneNumber: randomPhone() } },
        { name: "customer-account", parameters: {} },
      ],
    });
    const wrong = passcode === "000000" ? "111111" : "000000";
    const { checked, refused } = await fireAtOnce(() =>
      verifyPasscode({ workflowId: workflow.id, passcode: wrong, actor }),
    );
    expect(checked).toBeLessThanOrEqual(MAX_ATTEMPTS);
    expect(checked + refused).toBe(GUESSES);
    const failures = await db().auditLog.count({
      where: { targetId: workflow.id, action: { startsWith: "workflow.passcode-" } },
    });
    expect(failures).toBe(checked);
    await expect(verifyPasscode({ workflowId: workflow.id, passcode: passcode!, actor })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("checks at most five of 30 wrong texted codes sent at once, and the right one then stays locked out", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id, { authentication: "SMS_CODE" });
    await sendSmsCode({ workflowId: workflow.id, actor });
    const [latest] = await listSmsToNumber({ to: workflow.phoneNumber! });
    const code = latest!.body.match(/\b(\d{6})\b/)![1]!;
    const wrong = code === "000000" ? "111111" : "000000";
    const { checked, refused } = await fireAtOnce(() => verifySmsCode({ workflowId: workflow.id, code: wrong, actor }));
    expect(checked).toBeLessThanOrEqual(MAX_ATTEMPTS);
    expect(checked + refused).toBe(GUESSES);
    await expect(verifySmsCode({ workflowId: workflow.id, code, actor })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("starts a fresh count once the lock has run out, and a right code clears it", async () => {
    const business = await createTestBusiness();
    const { workflow, passcode } = await createTestWorkflow(business.id, { authentication: "PASSCODE" });
    const wrong = passcode === "000000" ? "111111" : "000000";
    for (let i = 0; i < MAX_ATTEMPTS; i++) await verifyPasscode({ workflowId: workflow.id, passcode: wrong, actor });
    await expect(verifyPasscode({ workflowId: workflow.id, passcode: passcode!, actor })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await db().workflow.update({ where: { id: workflow.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await verifyPasscode({ workflowId: workflow.id, passcode: wrong, actor })).toMatchObject({
      ok: false,
      attemptsLeft: MAX_ATTEMPTS - 1,
      locked: false,
    });
    expect(await verifyPasscode({ workflowId: workflow.id, passcode: passcode!, actor })).toEqual({ ok: true });
    expect(
      await db().workflow.findUniqueOrThrow({
        where: { id: workflow.id },
        select: { failedAttempts: true, lockedUntil: true },
      }),
    ).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});
