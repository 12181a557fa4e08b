import { Prisma } from "@/server/generated/prisma/client";
import { decrypt } from "@/server/auth/encryption";
import { sql } from "@/server/db/sql";
import { AppError } from "@/server/errors";
import { IDEMPOTENCY_KEY_REUSED } from "./idempotency-record-state";
import type { IdempotentReply } from "./idempotency-scope";

export type FindIdempotentReplyInput = { businessId: string; key: string; requestHash: string; now?: Date };

const unseal = (stored: unknown): unknown => {
  const sealed = (stored as { sealed?: unknown } | null)?.sealed;
  return typeof sealed === "string" ? JSON.parse(decrypt(sealed)) : stored;
};

/**
 * The stored response of an earlier request with this key, to replay; undefined when the key is
 * new (or its record expired). The same key with another method, path or body is a 422.
 */
export const findIdempotentReply = async ({
  businessId,
  key,
  requestHash,
  now = new Date(),
}: FindIdempotentReplyInput): Promise<IdempotentReply | undefined> => {
  const [record] = await sql<{ requestHash: string; responseStatus: number; responseBody: unknown }>(Prisma.sql`
    SELECT "requestHash", "responseStatus", "responseBody" FROM "IdempotencyRecord"
    WHERE "businessId" = ${businessId} AND "key" = ${key} AND "expiresAt" > ${now.toISOString()}::timestamp(3)`);
  if (!record) return undefined;
  if (record.requestHash !== requestHash) {
    throw new AppError("UNPROCESSABLE", "This Idempotency-Key was already used for a different request", {
      reason: IDEMPOTENCY_KEY_REUSED,
    });
  }
  return { status: record.responseStatus, body: unseal(record.responseBody) };
};
