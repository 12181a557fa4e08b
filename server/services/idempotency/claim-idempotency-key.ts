import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { decrypt } from "../../auth/encryption";
import { AppError } from "../../errors";
import { CLAIM_LEASE_MS, IDEMPOTENCY_KEY_IN_USE, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_TTL_MS, IN_PROGRESS } from "./idempotency-record-state";

export type ClaimIdempotencyKeyInput = { businessId: string; key: string; method: string; path: string; requestHash: string };

export type IdempotencyClaim = { kind: "claimed"; recordId: string } | { kind: "replay"; status: number; body: unknown };

const inUse = () =>
  new AppError("CONFLICT", "A request with this Idempotency-Key is still in progress; retry later", { reason: IDEMPOTENCY_KEY_IN_USE });

const reused = () =>
  new AppError("UNPROCESSABLE", "This Idempotency-Key was already used for a different request", { reason: IDEMPOTENCY_KEY_REUSED });

const insertClaim = async (input: ClaimIdempotencyKeyInput, now: Date) => {
  try {
    const record = await db().idempotencyRecord.create({
      data: { ...input, responseStatus: IN_PROGRESS, responseBody: {}, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) },
      select: { id: true },
    });
    return record.id;
  } catch (error) {
    // Another request inserted the same key first: look again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return undefined;
    throw error;
  }
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
    const existing = await records.findUnique({
      where: { businessId_key: { businessId: input.businessId, key: input.key } },
      select: { id: true, requestHash: true, responseStatus: true, responseBody: true, createdAt: true, expiresAt: true },
    });
    if (!existing) {
      const recordId = await insertClaim(input, now);
      if (recordId) return { kind: "claimed", recordId };
      continue;
    }
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
