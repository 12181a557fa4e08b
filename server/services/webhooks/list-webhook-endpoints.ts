import "server-only";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { ENDPOINT_SELECT } from "./webhook-endpoint-view";

/** One page of the business's endpoints, newest first. */
export const listWebhookEndpoints = async ({ businessId, page }: { businessId: string; page: PageRequest }) => {
  const rows = await db().webhookEndpoint.findMany({
    where: { businessId, AND: [keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: ENDPOINT_SELECT,
  });
  return toPage(rows, page);
};
