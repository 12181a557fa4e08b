import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { newId } from "../../db/new-id";
import { decrypt } from "../../auth/encryption";
import { AppError } from "../../errors";
import { CLAIM_LEASE_MS, IDEMPOTENCY_KEY_IN_USE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_TTL_MS, IN_PROGRESS } from "./idempotency-record-state";

export type ClaimIdempotencyKeyInput = { businessId: string; key: string; method: string; path: string; requestHash: string };

export type IdempotencyClaim = { kind: "claimed"; recordId: string } | { kind: "replay"; status: number; body: unknown };

const inUse = () =>
  new AppError("CONFLICT", "A request with this Idempotency-Key is still in progress; retry later", { reason: IDEMPOTENCY_KEY_IN_USE });

const reused = () =>
  new AppError("UNPROCESSABLE", "This Idempotency-Key was already used for a different request", { reason: IDEMPOTENCY_KEY_REUSED });

/**
 * Inserts the claim, IN_PROGRESS; undefined when the key is already there. Hand-written SQL: every
 * POST with a key runs it, and Prisma has no INSERT … ON CONFLICT DO NOTHING that returns the row.
 */
const insertClaim = async ({ businessId, key, method, path, requestHash }: ClaimIdempotencyKeyInput, now: Date) => {
  const [inserted] = await db().$queryRaw<{ id: string }[]>`
    INSERT INTO "IdempotencyRecord" ("id", "businessId", "key", "method", "path", "requestHash", "responseStatus", "responseBody", "createdAt", "expiresAt")
    VALUES (${newId()}, ${businessId}, ${key}, ${method}, ${path}, ${requestHash}, ${IN_PROGRESS}, '{}', ${now.toISOString()}::timestamp(3),
      ${new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString()}::timestamp(3))
    ON CONFLICT ("businessId", "key") DO NOTHING
    RETURNING "id"`;
  return inserted?.id;
};

/**
 * Claims `key` for this business before the request's work starts, in its own committed
 * statement, so a concurrent request with the same key sees it and gets a 409 at once.
 * Returns the stored response when the same request already completed.
 */
export const claimIdempotencyKey = async (input: ClaimIdempotencyKeyInput): Promise<IdempotencyClaim> => {
  const records = db().idempotencyRecord;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const now = new Date();
    // A new key, the usual case, is one statement.
    const recordId = await insertClaim(input, now);
    if (recordId) return { kind: "claimed", recordId };
    const existing = await records.findUnique({
      where: { businessId_key: { businessId: input.businessId, key: input.key } },
      select: { id: true, requestHash: true, responseStatus: true, responseBody: true, createdAt: true, expiresAt: true },
    });
    // Released or removed since the insert: claim it again.
    if (!existing) continue;
    if (existing.expiresAt <= now) {
      await records.deleteMany({ where: { id: existing.id, expiresAt: { lte: now } } });
      continue;
    }
    if (existing.requestHash !== input.requestHash) throw reused();
    if (existing.responseStatus >= 100) return { kind: "replay", status: existing.responseStatus, body: unseal(existing.responseBody) };
    const staleBefore = new Date(now.getTime() - CLAIM_LEASE_MS);
    if (existing.responseStatus === IN_PROGRESS && existing.createdAt < staleBefore) {
      await records.deleteMany({ where: { id: existing.id, responseStatus: IN_PROGRESS, createdAt: { lt: staleBefore } } });
      continue;
    }
    throw inUse();
  }
  throw inUse();
};

const unseal = (stored: Prisma.JsonValue): Prisma.JsonValue => {
  const sealed = (stored as { sealed?: unknown } | null)?.sealed;
  return typeof sealed === "string" ? (JSON.parse(decrypt(sealed)) as Prisma.JsonValue) : stored;
};
