import "server-only";
import type { DeliveryStatus } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";

// Callbacks can arrive out of order ("sent" after "delivered"); a status only moves forward.
const EARLIER: Record<DeliveryStatus, DeliveryStatus[]> = {
  QUEUED: [],
  SENT: ["QUEUED"],
  DELIVERED: ["QUEUED", "SENT"],
  UNDELIVERED: ["QUEUED", "SENT"],
  FAILED: ["QUEUED", "SENT"],
  SUPPRESSED: [],
};

/** Records what the provider reports about a message. Returns false for unknown or stale reports. */
export const updateSmsStatus = async ({
  providerMessageId,
  status,
  errorCode,
}: {
  providerMessageId: string;
  status: DeliveryStatus;
  errorCode?: string | null;
}) => {
  const { count } = await db().notification.updateMany({
    where: { providerMessageId, status: { in: EARLIER[status] } },
    data: { status, ...(errorCode ? { errorCode } : {}) },
  });
  return count === 1;
};
