// An IdempotencyRecord holds the response of a request whose work committed, written in the same
// transaction as that work (server/work/unit-of-work.ts): there is never a record without its
// response, nor work without its record, so a retry gets the answer or runs the work, and never
// waits on a claim a crashed process left behind.

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Every refusal names its reason in `details.reason`, so clients can tell them from other 422s. */
export const IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
