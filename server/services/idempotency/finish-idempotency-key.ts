import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { encrypt } from "../../auth/encryption";
import { IN_PROGRESS, WORK_COMMITTED } from "./idempotency-record-state";

export type FinishIdempotencyKeyInput = {
  recordId: string;
  status: number;
  body: Prisma.InputJsonValue;
  /** "failed" when the handler threw: the response is kept only if the work had committed. */
  outcome: "succeeded" | "failed";
};

/**
 * Stores the response for replay, or releases the key when the request failed before its work
 * committed, so that the client can retry with the same key.
 */
export const finishIdempotencyKey = async ({ recordId, status, body, outcome }: FinishIdempotencyKeyInput) => {
  // Sealed: a response can hold what is shown only once (a passcode, a secret).
  const responseBody = JSON.stringify({ sealed: encrypt(JSON.stringify(body)) });
  // One UPDATE: Prisma 6 wraps an updateMany in BEGIN and COMMIT of its own (prisma/orm#29748).
  const store = (from: number[]) => db().$executeRaw`
    UPDATE "IdempotencyRecord" SET "responseStatus" = ${status}, "responseBody" = ${responseBody}::jsonb
    WHERE "id" = ${recordId} AND "responseStatus" = ANY(${from}::int[])`;
  if (outcome === "succeeded") {
    await store([IN_PROGRESS, WORK_COMMITTED]);
    return;
  }
  if ((await store([WORK_COMMITTED])) === 0) await db().idempotencyRecord.deleteMany({ where: { id: recordId, responseStatus: IN_PROGRESS } });
};
