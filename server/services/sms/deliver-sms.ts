import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { DeliveryStatus } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import { sql } from "@/server/db/sql";
import { logger } from "@/server/observability/logger";
import { metrics } from "@/server/observability/metrics";
import { smsSender } from "@/server/sms/sms-sender";
import { takeTextAllowance } from "./take-text-allowance";

export type DeliverSmsResult = {
  id: string;
  status: DeliveryStatus;
  providerMessageId: string | null;
  errorCode: string | null;
};

const TWILIO_UNSUBSCRIBED = "21610";

/**
 * Sends a QUEUED Notification (counted against the business's hourly cap first) and records the outcome; any other status is returned untouched,
 * so delivering twice sends once. The one gap: a process that dies after the provider accepted
 * the text and before this records it leaves the row QUEUED, and a retry sends it again.
 * `render` fills in what is not stored (the link), right before sending.
 */
export const deliverSms = async ({
  notificationId,
  render = (body) => body,
}: {
  notificationId: string;
  render?: (body: string) => string;
}): Promise<DeliverSmsResult> => {
  // Plain SQL, not Prisma: every text a customer gets goes through here (see send-workflow-link.ts).
  const [row] = await sql<
    DeliverSmsResult & { toNumber: string; body: string; businessId: string; hourlyCap: number }
  >(Prisma.sql`
    SELECT n."id", n."status"::text, n."toNumber", n."body", n."providerMessageId", n."errorCode", n."businessId", b."smsHourlyCap" AS "hourlyCap"
    FROM "Notification" n JOIN "Business" b ON b."id" = n."businessId" WHERE n."id" = ${notificationId}`);
  if (!row) throw new Error(`Notification ${notificationId} not found`);
  if (row.status !== "QUEUED" || row.providerMessageId)
    return { id: row.id, status: row.status, providerMessageId: row.providerMessageId, errorCode: row.errorCode };
  const record = async (outcome: {
    status: DeliveryStatus;
    providerMessageId?: string | null;
    errorCode?: string | null;
    sentAt?: Date | null;
    provider?: string;
  }) =>
    (
      await sql<DeliverSmsResult>(Prisma.sql`
      UPDATE "Notification" SET "status" = ${outcome.status}::"DeliveryStatus", "providerMessageId" = coalesce(${outcome.providerMessageId ?? null}, "providerMessageId"),
        "errorCode" = ${outcome.errorCode ?? null}, "sentAt" = coalesce(${outcome.sentAt?.toISOString() ?? null}::timestamp(3), "sentAt"),
        "provider" = coalesce(${outcome.provider ?? null}, "provider"), "updatedAt" = ${new Date().toISOString()}::timestamp(3)
      WHERE "id" = ${row.id}
      RETURNING "id", "status"::text, "providerMessageId", "errorCode"`)
    )[0]!;
  const capped = await takeTextAllowance({ businessId: row.businessId, hourlyCap: row.hourlyCap });
  // Over the business's hourly cap: kept, FAILED with the reason, never sent.
  const sender = smsSender();
  const count = (outcome: "sent" | "refused" | "capped") =>
    metrics().messageSends.inc({ channel: "sms", provider: sender.provider, outcome });
  if (capped) {
    count("capped");
    return record({ status: "FAILED", errorCode: capped });
  }
  try {
    const sent = await sender.send({ to: row.toNumber, body: render(row.body) });
    count("sent");
    return await record({
      status: sent.status,
      providerMessageId: sent.providerMessageId,
      sentAt: new Date(),
      provider: sender.provider,
    });
  } catch (error) {
    const errorCode =
      typeof (error as { errorCode?: unknown }).errorCode === "string"
        ? (error as { errorCode: string }).errorCode
        : "SEND_FAILED";
    // A provider's message may quote the number and the text back: a refusal is logged by its code
    // alone (Twilio documents each), anything else (the network) by the error's masked first line.
    count("refused");
    if (errorCode === "SEND_FAILED")
      logger("sms").warn(
        { provider: sender.provider, notificationId: row.id, errorCode, err: error },
        "could not send a text",
      );
    else
      logger("sms").warn({ provider: sender.provider, notificationId: row.id, errorCode }, "provider refused a text");
    // Twilio's own opt-out list has this number (it replied STOP to Twilio): keep ours in step.
    if (errorCode === TWILIO_UNSUBSCRIBED) {
      await db().smsOptOut.upsert({
        where: { phoneNumber: row.toNumber },
        create: { phoneNumber: row.toNumber },
        update: {},
      });
    }
    return record({ status: "FAILED", errorCode });
  }
};
