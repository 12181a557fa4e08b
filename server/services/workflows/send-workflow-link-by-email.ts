import "server-only";
import { TEXT_SENDER_SELECT } from "@/server/services/businesses/text-sender-name";
import { deliverCustomerMessage } from "@/server/services/messages/queue-customer-message";
import { emitWorkflowUpdated } from "@/server/services/webhooks/domain-events";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { lockWorkflow } from "./lock-workflow";
import { queueLinkMessage } from "./queue-link-message";
import { nextReminderAt } from "./reminder-schedule";
import { storedObject } from "./stored-step";

/**
 * WORKFLOW_SEND for an emailed request (sendWorkflowLink hands it here): the same changes as the
 * texted link, through the unit of work, since the email is queued by queueEmail. On the first
 * message the notification step completes, the next becomes current, the first reminder is planned
 * and `linx.workflow-updated` is written. Keyed by the job, so a job run twice queues one email.
 */
export const sendWorkflowLinkByEmail = async (job: {
  id: string;
  subjectId: string;
  origin: "INITIAL" | "MANUAL";
  notifiedBy?: string;
}) => {
  const queued = await inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockWorkflow(tx, job.subjectId);
    const already = await tx.notification.findUnique({
      where: { dedupeKey: job.id },
      select: { id: true, status: true, channel: true },
    });
    if (already) return already;
    const workflow = await tx.workflow.findUnique({
      where: { id: job.subjectId },
      select: {
        id: true,
        businessId: true,
        status: true,
        title: true,
        customerMemo: true,
        locale: true,
        channel: true,
        phoneNumber: true,
        email: true,
        expireAt: true,
        linkNonce: true,
        business: {
          select: {
            ...TEXT_SENDER_SELECT,
            reminderFirstAfterHours: true,
            reminderEveryHours: true,
            reminderBeforeExpiryHours: true,
          },
        },
        steps: { orderBy: { position: "asc" }, select: { id: true, status: true, parameters: true } },
      },
    });
    const now = new Date();
    if (workflow?.status !== "ACTIVE" || workflow.expireAt <= now) return null;
    const [notification, next] = workflow.steps;
    const introduction = storedObject(notification?.parameters ?? null)?.introductoryMessage;
    const message = await queueLinkMessage(uow, {
      workflow,
      kind: job.origin,
      introductoryMessage: typeof introduction === "string" ? introduction : null,
      dedupeKey: job.id,
      notifiedBy: job.notifiedBy,
    });
    const firstMessage = job.origin === "INITIAL" && notification?.status === "ACTIVE";
    const remindAt = firstMessage
      ? nextReminderAt({ settings: workflow.business, sentAt: now, expireAt: workflow.expireAt })
      : undefined;
    if (message.status === "SUPPRESSED" || firstMessage)
      await tx.workflow.update({
        where: { id: workflow.id },
        data: {
          ...(message.status === "SUPPRESSED" ? { optedOut: true } : {}),
          ...(firstMessage ? { nextNotificationAt: remindAt ?? null } : {}),
        },
        select: { id: true },
      });
    if (firstMessage && notification) {
      await tx.workflowStep.update({
        where: { id: notification.id },
        data: { status: "COMPLETED", completedAt: now, data: { notificationId: message.id } },
        select: { id: true },
      });
      if (next)
        await tx.workflowStep.update({ where: { id: next.id }, data: { status: "ACTIVE" }, select: { id: true } });
      if (remindAt)
        await uow.enqueue({
          businessId: workflow.businessId,
          kind: "WORKFLOW_REMIND",
          subjectId: workflow.id,
          runAt: remindAt,
        });
      await emitWorkflowUpdated(uow, workflow.id);
    }
    return message;
  });
  if (!queued) return { sent: false as const };
  const result = await deliverCustomerMessage(queued);
  return {
    sent: result.status !== "SUPPRESSED" && result.status !== "FAILED",
    notificationId: queued.id,
    status: result.status,
  };
};
