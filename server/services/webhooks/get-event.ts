import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** One of the business's events as it was sent, `{id, type, createdAt, data}`; another business's is not found. */
export const getEvent = async ({ businessId, eventId }: { businessId: string; eventId: string }) => {
  const event = await db().webhookEvent.findFirst({ where: { id: eventId, businessId }, select: { payload: true } });
  if (!event) throw new AppError("NOT_FOUND", "Event not found");
  return event.payload;
};
