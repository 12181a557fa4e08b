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
  const records = db().idempotencyRecord;
  // Sealed: a response can hold what is shown only once (a passcode, a secret).
  const response = { responseStatus: status, responseBody: { sealed: encrypt(JSON.stringify(body)) } };
  if (outcome === "succeeded") {
    await records.updateMany({ where: { id: recordId, responseStatus: { in: [IN_PROGRESS, WORK_COMMITTED] } }, data: response });
    return;
  }
  const stored = await records.updateMany({ where: { id: recordId, responseStatus: WORK_COMMITTED }, data: response });
  if (stored.count === 0) await records.deleteMany({ where: { id: recordId, responseStatus: IN_PROGRESS } });
};
