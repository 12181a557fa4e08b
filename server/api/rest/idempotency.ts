import { isDeepStrictEqual } from "node:util";
import { AppError } from "@/server/errors";
import { findIdempotentReply } from "@/server/idempotency/find-idempotent-reply";
import { hashIdempotentRequest } from "@/server/idempotency/hash-idempotent-request";
import { IdempotencyKeyTaken, runIdempotent, type IdempotencyScope } from "@/server/idempotency/idempotency-scope";
import type { JsonReply } from "./respond";

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export type IdempotentRequest = {
  businessId: string;
  req: Request;
  bodyText: string;
  /** The response for the value the request's unit of work returns (its route's success status and schema). */
  reply: (value: unknown) => JsonReply;
};

const replayed = (reply: { status: number; body: unknown }): JsonReply => ({
  ...reply,
  headers: { "Idempotent-Replayed": "true" },
});

/**
 * Runs a POST at most once per `Idempotency-Key` (per business, for 24 h); without the header the
 * request just runs. A key seen before replays its stored response (a different body is a 422).
 * A new key runs the request with an idempotency scope: the unit of work that does its work
 * writes the record and its response in its own transaction, so the work and the record commit
 * together or not at all. Two requests racing with one key: the second waits for the first's
 * commit, rolls back, and replays the first's response. A crash leaves nothing behind to wait for.
 */
export const withIdempotency = async (
  { businessId, req, bodyText, reply }: IdempotentRequest,
  execute: () => Promise<JsonReply>,
): Promise<JsonReply> => {
  const key = req.headers.get("idempotency-key");
  if (key === null) return execute();
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new AppError(
      "BAD_REQUEST",
      `The Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
      { header: "Idempotency-Key" },
    );
  }
  const url = new URL(req.url);
  const path = url.pathname + url.search;
  const requestHash = hashIdempotentRequest({ method: req.method, path, body: bodyText });
  const stored = await findIdempotentReply({ businessId, key, requestHash });
  if (stored) return replayed(stored);

  const scope: IdempotencyScope = { businessId, key, method: req.method, path, requestHash, reply };
  let answer: JsonReply;
  try {
    answer = await runIdempotent(scope, execute);
  } catch (error) {
    // The work committed and its response is stored: that is the answer, whatever failed after.
    if (scope.staged) return scope.staged;
    if (!(error instanceof IdempotencyKeyTaken)) throw error;
    const winner = await findIdempotentReply({ businessId, key, requestHash });
    if (!winner) throw error;
    return replayed(winner);
  }
  if (
    scope.staged &&
    !isDeepStrictEqual(JSON.parse(JSON.stringify(answer.body)), JSON.parse(JSON.stringify(scope.staged.body)))
  ) {
    // A route whose answer is not what its unit of work returned would replay something else.
    throw new Error(`${req.method} ${path} answered other than the response its unit of work stored`);
  }
  return answer;
};
