import "server-only";
import { normalizeLocale } from "@/server/i18n/locales";
import { lockWorkflow } from "./lock-workflow";
import { SYSTEM } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { sentenceEmail } from "@/server/services/messages/customer-email";
import { deliverCustomerMessage, queueCustomerMessage } from "@/server/services/messages/queue-customer-message";
import { emitWorkflowUpdated } from "@/server/services/webhooks/domain-events";
import { TEXT_SENDER_SELECT, textSenderName } from "@/server/services/businesses/text-sender-name";
import { expiryMessage } from "@/server/contracts/workflows/link-message";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * Job WORKFLOW_EXPIRE: at expireAt an ACTIVE workflow becomes EXPIRED and the customer gets an
 * EXPIRY text (or email). The conditional update re-checks the due time, so the job of an extended workflow
 * finds nothing to do (the extension queued its own).
 */
export const expireWorkflow = async (job: { id: string; subjectId: string }) => {
  const queued = await inUnitOfWork(async (uow) => {
    const { tx } = uow;
    await lockWorkflow(tx, job.subjectId);
    const already = await tx.notification.findUnique({
      where: { dedupeKey: job.id },
      select: { id: true, status: true, channel: true },
    });
    if (already) return already;
    const now = new Date();
    const { count } = await tx.workflow.updateMany({
      where: { id: job.subjectId, status: "ACTIVE", expireAt: { lte: now } },
      data: { status: "EXPIRED", nextNotificationAt: null },
    });
    if (count === 0) return null;
    const workflow = await tx.workflow.findUniqueOrThrow({
      where: { id: job.subjectId },
      select: {
        id: true,
        businessId: true,
        title: true,
        locale: true,
        phoneNumber: true,
        channel: true,
        email: true,
        business: { select: TEXT_SENDER_SELECT },
      },
    });
    await tx.workflowStep.updateMany({
      where: { workflowId: workflow.id, status: "ACTIVE" },
      data: { status: "FAILED" },
    });
    await tx.scheduledJob.updateMany({
      where: { subjectId: workflow.id, status: "PENDING", kind: "WORKFLOW_REMIND" },
      data: { status: "CANCELLED" },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor: SYSTEM,
      action: "workflow.expired",
      targetType: "Workflow",
      targetId: workflow.id,
    });
    await emitWorkflowUpdated(uow, workflow.id);
    const senderName = textSenderName(workflow.business);
    const locale = normalizeLocale(workflow.locale);
    const text = expiryMessage(senderName, workflow.title, locale);
    return queueCustomerMessage(uow, {
      businessId: workflow.businessId,
      reach: workflow,
      senderName,
      locale,
      // An email has room for the whole title; the text cuts it to fit two segments.
      message: {
        text,
        email: () => sentenceEmail({ locale, text: expiryMessage(senderName, workflow.title, locale, false) }),
      },
      origin: "EXPIRY",
      workflowId: workflow.id,
      dedupeKey: job.id,
    });
  });
  if (!queued) return { expired: false as const };
  await deliverCustomerMessage(queued);
  return { expired: true as const, notificationId: queued.id };
};
