import { env } from "@/server/env";
import type { RequestLimit } from "@/server/services/api-keys/authenticate-api-key";
import type { WindowCount } from "@/server/services/rate-limits/take-from-window";

const WINDOW_MS = 60_000;

export type RateLimitResult = { allowed: boolean; headers: Record<string, string>; retryAfterSeconds: number };

/**
 * The per-key limit of every REST call: API_RATE_LIMIT_PER_MINUTE per clock minute. The request is
 * counted by the authentication statement itself (authenticate-api-key.ts, one statement on
 * RateLimitCounter, so every instance shares the count).
 */
export const apiRequestLimit = (): RequestLimit => ({ limit: env().API_RATE_LIMIT_PER_MINUTE, windowMs: WINDOW_MS });

/** What `withApiKey` answers for a counted request: the X-RateLimit-* headers go on every answer, 429 included. */
export const rateLimitResult = (window: WindowCount, now: Date): RateLimitResult => {
  const retryAfterSeconds = Math.max(1, Math.ceil((window.resetAt.getTime() - now.getTime()) / 1000));
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(window.limit),
    "X-RateLimit-Remaining": String(Math.max(0, window.limit - window.used)),
    "X-RateLimit-Reset": String(Math.ceil(window.resetAt.getTime() / 1000)),
  };
  if (!window.allowed) headers["Retry-After"] = String(retryAfterSeconds);
  return { allowed: window.allowed, headers, retryAfterSeconds };
};
