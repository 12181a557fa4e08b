import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../../errors";
import { claimIdempotencyKey } from "../../services/idempotency/claim-idempotency-key";
import { finishIdempotencyKey } from "../../services/idempotency/finish-idempotency-key";
import { hashIdempotentRequest } from "../../services/idempotency/hash-idempotent-request";
import { runWithIdempotencyClaim } from "../../services/idempotency/idempotency-scope";
import { errorReply, type JsonReply } from "./respond";

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export type IdempotentRequest = { businessId: string; req: Request; bodyText: string };

/**
 * Runs a POST at most once per `Idempotency-Key` (per business, for 24 h). Without the header
 * the request just runs. The guarantee: the key is claimed before the work; services mark it in
 * the transaction that does the work (sealIdempotencyClaim); the response is stored right after.
 * A retry then gets the stored response, or 409 while the first is running, or 422 if its
 * method, path or body differ. If the request fails before its work commits, the key is released.
 */
export const withIdempotency = async ({ businessId, req, bodyText }: IdempotentRequest, execute: () => Promise<JsonReply>): Promise<JsonReply> => {
  const key = req.headers.get("idempotency-key");
  if (key === null) return execute();
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new AppError("BAD_REQUEST", `The Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`, { header: "Idempotency-Key" });
  }
  const url = new URL(req.url);
  const path = url.pathname + url.search;
  const requestHash = hashIdempotentRequest({ method: req.method, path, body: bodyText });
  const claim = await claimIdempotencyKey({ businessId, key, method: req.method, path, requestHash });
  if (claim.kind === "replay") return { status: claim.status, body: claim.body, headers: { "Idempotent-Replayed": "true" } };

  let reply: JsonReply;
  let outcome: "succeeded" | "failed" = "succeeded";
  try {
    reply = await runWithIdempotencyClaim(claim.recordId, execute);
  } catch (error) {
    reply = errorReply(error, { method: req.method, path });
    outcome = "failed";
  }
  try {
    await finishIdempotencyKey({ recordId: claim.recordId, status: reply.status, body: reply.body as Prisma.InputJsonValue, outcome });
  } catch (error) {
    // The work is done; answer it. Retries see the key in use until the record expires.
    console.error(`[api] could not store the response for Idempotency-Key on ${req.method} ${path}`, error);
  }
  return reply;
};
