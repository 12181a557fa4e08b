import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { toNotificationDto } from "./notification-dto";

/**
 * Every text or email sent for a workflow, in sending order. The body is never selected: it carries the
 * placeholder of the customer's link, and the history is about delivery, not content.
 */
export const listWorkflowNotifications = async ({
  businessId,
  workflowId,
}: {
  businessId: string;
  workflowId: string;
}) => {
  const workflow = await db().workflow.findFirst({ where: { id: workflowId, businessId }, select: { id: true } });
  if (!workflow) throw new AppError("NOT_FOUND", "Workflow not found");
  const rows = await db().notification.findMany({
    where: { workflowId, businessId, serial: { not: null } },
    orderBy: { serial: "asc" },
    select: {
      id: true,
      serial: true,
      channel: true,
      origin: true,
      notifiedBy: true,
      toNumber: true,
      toAddress: true,
      status: true,
      errorCode: true,
      createdAt: true,
      sentAt: true,
    },
  });
  return rows.flatMap(({ serial, ...row }) => (serial === null ? [] : [toNotificationDto({ ...row, serial })]));
};
