import "server-only";
import { normalizeLocale, type Locale } from "@/server/i18n/locales";
import { AppError } from "@/server/errors";
import { hashTextedCode, newSixDigitCode } from "@/server/auth/one-time-code";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { TEXT_SENDER_SELECT, textSenderName } from "@/server/services/businesses/text-sender-name";
import { codeEmail } from "@/server/services/messages/customer-email";
import { deliverCustomerMessage, queueCustomerMessage } from "@/server/services/messages/queue-customer-message";
import { LINK_PLACEHOLDER } from "@/server/contracts/workflows/link-message";
import { lockWorkflow } from "@/server/services/workflows/lock-workflow";
import { assertNotLocked } from "./gateway-attempts";
import { CODE_TTL_MINUTES, codeMessageWords, revealCodes, smsCodeMessage } from "./sms-code-message";
import { inUnitOfWork } from "@/server/work/unit-of-work";

const RESEND_AFTER_SECONDS = 30;
export const MAX_CODES_PER_HOUR = 5;

export type SendSmsCodeResult = { sent: true; phoneLastFour: string } | { sent: false; reason: "OPTED_OUT" | "FAILED" };

/**
 * Texts a new one-time code to the workflow's phone, or emails it to the workflow's address for an
 * emailed request (SMS_CODE links only); a new code replaces
 * the last. At most one every 30 seconds and five an hour per link, counted from the texts
 * themselves, so no one can use the Gateway to flood a phone.
 */
/** `locale`: the language the customer reads the Gateway in; else the request's. */
export const sendSmsCode = async ({
  workflowId,
  actor,
  locale,
}: {
  workflowId: string;
  actor: Actor;
  locale?: Locale;
}): Promise<SendSmsCodeResult> => {
  const code = newSixDigitCode();
  const queued = await inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockWorkflow(tx, workflowId);
    const workflow = await tx.workflow.findUnique({
      where: { id: workflowId },
      select: {
        businessId: true,
        status: true,
        expireAt: true,
        authentication: true,
        locale: true,
        phoneNumber: true,
        channel: true,
        email: true,
        lockedUntil: true,
        business: { select: TEXT_SENDER_SELECT },
      },
    });
    if (
      workflow?.authentication !== "SMS_CODE" ||
      workflow.status !== "ACTIVE" ||
      workflow.expireAt.getTime() <= Date.now()
    ) {
      throw new AppError("CONFLICT", "This link does not take a texted code");
    }
    assertNotLocked(workflow.lockedUntil, "code");
    const now = Date.now();
    const recent = await tx.notification.findMany({
      where: { workflowId, origin: "OTP", createdAt: { gt: new Date(now - 3_600_000) } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const waitSeconds = recent[0] ? Math.ceil(RESEND_AFTER_SECONDS - (now - recent[0].createdAt.getTime()) / 1000) : 0;
    if (waitSeconds > 0)
      throw new AppError("RATE_LIMITED", `A code was just sent. You can ask for another in ${waitSeconds} seconds.`, {
        retryAfterSeconds: waitSeconds,
      });
    if (recent.length >= MAX_CODES_PER_HOUR)
      throw new AppError("RATE_LIMITED", "Too many codes were sent to this phone. Try again in an hour.");

    await tx.workflow.update({
      where: { id: workflowId },
      data: { codeHash: hashTextedCode(workflowId, code), codeExpiresAt: new Date(now + CODE_TTL_MINUTES * 60_000) },
      select: { id: true },
    });
    const senderName = textSenderName(workflow.business);
    const language = locale ?? normalizeLocale(workflow.locale);
    const notification = await queueCustomerMessage(uow, {
      businessId: workflow.businessId,
      reach: workflow,
      senderName,
      locale: language,
      message: {
        text: smsCodeMessage(senderName, code, language),
        // By email the code is the email's sealed link, written where the text has it.
        email: () =>
          codeEmail({
            senderName,
            locale: language,
            codeText: codeMessageWords(senderName, LINK_PLACEHOLDER, language),
          }),
        emailLink: code,
      },
      origin: "OTP",
      workflowId,
      notifiedBy: "customer",
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "workflow.code-sent",
      targetType: "Workflow",
      targetId: workflowId,
    });
    return { ...notification, phoneLastFour: (workflow.phoneNumber ?? "").slice(-4) };
  });
  if (queued.status === "SUPPRESSED") return { sent: false, reason: "OPTED_OUT" };
  const delivered = await deliverCustomerMessage(queued, revealCodes);
  return delivered.status === "FAILED"
    ? { sent: false, reason: "FAILED" }
    : { sent: true, phoneLastFour: queued.phoneLastFour };
};
