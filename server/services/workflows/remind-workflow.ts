import "server-only";
import { lockWorkflow } from "./lock-workflow";
import { deliverCustomerMessage } from "@/server/services/messages/queue-customer-message";
import { TEXT_SENDER_SELECT } from "@/server/services/businesses/text-sender-name";
import { nextReminderAt } from "./reminder-schedule";
import { queueLinkMessage } from "./queue-link-message";
import { withLink } from "./workflow-link";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * Job WORKFLOW_REMIND: texts (or emails) a reminder when the workflow's nextNotificationAt is due, and plans
 * the next. Moving nextNotificationAt is the claim, so a stale or duplicate job (an extension
 * re-plans reminders) finds nothing due and does nothing.
 */
export const remindWorkflow = async (job: { id: string; subjectId: string }) => {
  const queued = await inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockWorkflow(tx, job.subjectId);
    const already = await tx.notification.findUnique({
      where: { dedupeKey: job.id },
      select: { id: true, status: true, channel: true, workflow: { select: { linkNonce: true } } },
    });
    if (already)
      return {
        id: already.id,
        status: already.status,
        channel: already.channel,
        linkNonce: already.workflow!.linkNonce,
      };
    const now = new Date();
    const workflow = await tx.workflow.findUnique({
      where: { id: job.subjectId },
      select: {
        id: true,
        businessId: true,
        status: true,
        title: true,
        customerMemo: true,
        locale: true,
        phoneNumber: true,
        channel: true,
        email: true,
        linkNonce: true,
        expireAt: true,
        nextNotificationAt: true,
        optedOut: true,
        business: {
          select: {
            ...TEXT_SENDER_SELECT,
            reminderFirstAfterHours: true,
            reminderEveryHours: true,
            reminderBeforeExpiryHours: true,
          },
        },
        notifications: {
          where: { origin: "INITIAL" },
          orderBy: { createdAt: "asc" },
          take: 1,
          select: { createdAt: true },
        },
      },
    });
    if (
      workflow?.status !== "ACTIVE" ||
      !workflow.nextNotificationAt ||
      workflow.nextNotificationAt > now ||
      workflow.expireAt <= now
    )
      return null;
    const next = nextReminderAt({
      settings: workflow.business,
      sentAt: workflow.notifications[0]?.createdAt ?? now,
      lastReminderAt: now,
      expireAt: workflow.expireAt,
      now,
    });
    const { count } = await tx.workflow.updateMany({
      where: { id: workflow.id, status: "ACTIVE", nextNotificationAt: workflow.nextNotificationAt },
      data: { nextNotificationAt: next },
    });
    if (count === 0) return null;
    if (next)
      await uow.enqueue({
        businessId: workflow.businessId,
        kind: "WORKFLOW_REMIND",
        subjectId: workflow.id,
        runAt: next,
      });
    const message = await queueLinkMessage(uow, { workflow, kind: "REMINDER", dedupeKey: job.id });
    return { ...message, linkNonce: workflow.linkNonce };
  });
  if (!queued) return { sent: false as const };
  const result = await deliverCustomerMessage(queued, withLink(queued.linkNonce));
  return {
    sent: result.status !== "SUPPRESSED" && result.status !== "FAILED",
    notificationId: queued.id,
    status: result.status,
  };
};
