// When the next attempt of a failed delivery goes out (docs/webhooks.md, "Answering, retries and failures"): the first attempt
// is immediate, then these delays, each with up to 20% jitter so a burst of failures does not
// come back at the same instant. After the last one the delivery is FAILED (about 3 days).

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const RETRY_DELAYS_MS = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
] as const;

/** Statuses whose Retry-After we honour. */
const RETRY_AFTER_STATUSES = new Set([429, 502, 503, 504]);

/** Retry-After as seconds or an HTTP date, in ms from `now`; capped at a day; undefined when absent or unreadable. */
export const retryAfterMs = (header: string | null, now = Date.now()) => {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header.trim()) * SECOND : Date.parse(header) - now;
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  return Math.min(ms, 24 * HOUR);
};

/**
 * The delay before attempt `attemptsMade + 1`, or null when the schedule is used up. A receiver
 * that asks for more time with Retry-After gets at least that.
 */
export const nextRetryDelayMs = ({
  attemptsMade,
  status,
  retryAfter,
  random = Math.random,
}: {
  attemptsMade: number;
  status: number | null;
  retryAfter: string | null;
  random?: () => number;
}) => {
  const scheduled = RETRY_DELAYS_MS[attemptsMade - 1];
  if (scheduled === undefined) return null;
  const jittered = Math.round(scheduled * (1 + 0.2 * random()));
  const asked = status !== null && RETRY_AFTER_STATUSES.has(status) ? retryAfterMs(retryAfter) : undefined;
  return Math.max(jittered, asked ?? 0);
};

export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
