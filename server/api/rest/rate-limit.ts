import { env } from "../../env";
import { takeFromWindow } from "../../services/rate-limits/take-from-window";
import type { ApiPrincipal } from "./authenticate-request";

const WINDOW_MS = 60_000;

export type RateLimitResult = { allowed: boolean; headers: Record<string, string>; retryAfterSeconds: number };

/**
 * Counts this request against its API key's per-minute limit (API_RATE_LIMIT_PER_MINUTE) with one
 * database statement, so every instance shares the count. Called by `withApiKey` after
 * authentication; the X-RateLimit-* headers go on every answer, 429 included.
 */
export const checkRateLimit = async ({ principal, now = new Date() }: { principal: ApiPrincipal; now?: Date }): Promise<RateLimitResult> => {
  const limit = env().API_RATE_LIMIT_PER_MINUTE;
  const window = await takeFromWindow({ key: `api:${principal.apiKeyId}`, limit, windowMs: WINDOW_MS, now });
  const retryAfterSeconds = Math.max(1, Math.ceil((window.resetAt.getTime() - now.getTime()) / 1000));
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(limit),
    "X-RateLimit-Remaining": String(Math.max(0, limit - window.used)),
    "X-RateLimit-Reset": String(Math.ceil(window.resetAt.getTime() / 1000)),
  };
  if (!window.allowed) headers["Retry-After"] = String(retryAfterSeconds);
  return { allowed: window.allowed, headers, retryAfterSeconds };
};
