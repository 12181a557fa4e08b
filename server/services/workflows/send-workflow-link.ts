import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { lockWorkflow } from "./lock-workflow";
import { env } from "../../env";
import { TEXT_SENDER_SELECT, textSenderName } from "../businesses/text-sender-name";
import { completeStep } from "../gateway/complete-step";
import { deliverSms } from "../sms/deliver-sms";
import { queueSms } from "../sms/queue-sms";
import { composeLinkMessage } from "./link-message";
import { nextReminderAt } from "./reminder-schedule";
import { withLink } from "./workflow-link";
import { inUnitOfWork } from "../../work/unit-of-work";

type SendJob = { id: string; subjectId: string; payload: Prisma.JsonValue | null };

/**
 * Job WORKFLOW_SEND: texts the link, the first time (INITIAL) or again on request (MANUAL).
 * The text is queued in one transaction with what it changes (the notification step, the first
 * reminder), keyed by the job, so a job run twice finds its text and delivers it once.
 */
export const sendWorkflowLink = async (job: SendJob) => {
  const payload = (job.payload ?? {}) as { origin?: string; notifiedBy?: string };
  const origin = payload.origin === "MANUAL" ? "MANUAL" : "INITIAL";
  const queued = await inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockWorkflow(tx, job.subjectId);
    const already = await tx.notification.findUnique({ where: { dedupeKey: job.id }, select: { id: true } });
    if (already) return already;
    const workflow = await tx.workflow.findUnique({
      where: { id: job.subjectId },
      select: {
        id: true, businessId: true, status: true, title: true, customerMemo: true, phoneNumber: true, expireAt: true,
        business: { select: { ...TEXT_SENDER_SELECT, reminderFirstAfterHours: true, reminderEveryHours: true, reminderBeforeExpiryHours: true } },
        steps: { where: { position: 0 }, select: { status: true, parameters: true } },
      },
    });
    if (!workflow || workflow.status !== "ACTIVE" || workflow.expireAt.getTime() <= Date.now()) return null;
    const intro = (workflow.steps[0]?.parameters as { introductoryMessage?: string } | undefined)?.introductoryMessage;
    const body = composeLinkMessage({
      kind: origin, senderName: textSenderName(workflow.business), title: workflow.title, memo: workflow.customerMemo,
      introductoryMessage: intro, expireAt: workflow.expireAt, appUrl: env().APP_URL,
    });
    const notification = await queueSms(tx, {
      businessId: workflow.businessId, to: workflow.phoneNumber, body, origin, workflowId: workflow.id,
      notifiedBy: payload.notifiedBy ?? "system", dedupeKey: job.id,
    });
    if (notification.status === "SUPPRESSED") {
      await tx.workflow.update({ where: { id: workflow.id }, data: { optedOut: true }, select: { id: true } });
    }
    if (origin === "INITIAL" && workflow.steps[0]?.status === "ACTIVE") {
      await completeStep(uow, { workflowId: workflow.id, stepName: "notification", data: { notificationId: notification.id } });
      const next = nextReminderAt({ settings: workflow.business, sentAt: new Date(), expireAt: workflow.expireAt });
      await tx.workflow.update({ where: { id: workflow.id }, data: { nextNotificationAt: next }, select: { id: true } });
      if (next) await uow.enqueue({ businessId: workflow.businessId, kind: "WORKFLOW_REMIND", subjectId: workflow.id, runAt: next });
    }
    return notification;
  });
  if (!queued) return { sent: false as const };
  const row = await db().notification.findUniqueOrThrow({ where: { id: queued.id }, select: { workflow: { select: { linkNonce: true } } } });
  // A refusal by the provider stays on the row as FAILED for staff to see; retrying would not help.
  const result = await deliverSms({ notificationId: queued.id, render: withLink(row.workflow!.linkNonce) });
  return { sent: result.status !== "SUPPRESSED" && result.status !== "FAILED", notificationId: queued.id, status: result.status };
};
