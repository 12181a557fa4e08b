// An IdempotencyRecord's `responseStatus` is its state until the real HTTP status is stored:
//   IN_PROGRESS     claimed, the request's work has not committed (a crash leaves it for the lease)
//   WORK_COMMITTED  the work committed in the same transaction that wrote this value, the
//                   response is about to be stored; never reclaimed, so work never runs twice
//   100–599         the stored response, replayed to every retry until `expiresAt`

export const IN_PROGRESS = 0;
export const WORK_COMMITTED = 1;

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** An IN_PROGRESS claim older than this belongs to a request that died; a retry may take it over. */
export const CLAIM_LEASE_MS = 2 * 60 * 1000;

/** Every refusal names its reason in `details.reason`, so clients can tell them from other 409s and 422s. */
export const IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
export const IDEMPOTENCY_KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";
