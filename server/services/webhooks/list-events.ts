import "server-only";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";

/** The business's events, newest first, as they were sent: `{id, type, createdAt, data}`. */
export const listEvents = async ({
  businessId,
  type,
  page,
}: {
  businessId: string;
  type?: string;
  page: PageRequest;
}) => {
  const rows = await db().webhookEvent.findMany({
    where: { businessId, ...(type ? { type } : {}), AND: [keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: { id: true, createdAt: true, payload: true },
  });
  return toPage(rows, page);
};
