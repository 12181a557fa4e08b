import "server-only";
import { db } from "@/server/db";
import type { WebhookDeliveryStatus } from "@/server/generated/prisma/enums";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { findEndpoint } from "./webhook-endpoint-view";

const MAX_ATTEMPTS_SHOWN = 50;

/** An endpoint's deliveries, newest event first, each with its attempt log. */
export const listWebhookDeliveries = async ({
  businessId,
  endpointId,
  status,
  page,
}: {
  businessId: string;
  endpointId: string;
  status?: WebhookDeliveryStatus;
  page: PageRequest;
}) => {
  await findEndpoint(db(), businessId, endpointId);
  const rows = await db().webhookDelivery.findMany({
    where: { endpointId, ...(status ? { status } : {}), AND: [keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: {
      id: true,
      eventId: true,
      status: true,
      attemptCount: true,
      nextAttemptAt: true,
      lastAttemptAt: true,
      createdAt: true,
      event: { select: { type: true } },
      attempts: {
        orderBy: { startedAt: "desc" },
        take: MAX_ATTEMPTS_SHOWN,
        select: {
          attemptNumber: true,
          startedAt: true,
          durationMs: true,
          responseStatus: true,
          responseBody: true,
          error: true,
        },
      },
    },
  });
  const { items, hasMore } = toPage(rows, page);
  return {
    items: items.map(({ event, attempts, ...delivery }) => ({
      ...delivery,
      eventType: event.type,
      attempts: attempts.reverse(),
    })),
    hasMore,
  };
};
