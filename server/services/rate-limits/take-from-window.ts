import { db, type Tx } from "../../db";
import { windowStartOf } from "./window-start";

export type WindowCount = {
  allowed: boolean;
  limit: number;
  /** How many the window has used, this one included when allowed. */
  used: number;
  /** When the window ends and the count starts again. */
  resetAt: Date;
};

export type TakeFromWindowInput = {
  /** What is counted, e.g. `api:<apiKeyId>` or `sms:<businessId>`. */
  key: string;
  limit: number;
  windowMs: number;
  now?: Date;
};

/**
 * Counts one use of `key` in the current fixed window, if the window has room: one statement, so
 * it is atomic across requests and app instances, and a refused use is not counted. The row moves
 * to a new window in the same statement (no clean-up needed); an instance whose clock lags keeps
 * counting in the newer window instead of resetting it.
 */
export const takeFromWindow = async ({ key, limit, windowMs, now = new Date() }: TakeFromWindowInput, tx: Tx = db()): Promise<WindowCount> => {
  const windowStart = windowStartOf(now, windowMs);
  const resetAt = new Date(windowStart.getTime() + windowMs);
  if (limit <= 0) return { allowed: false, limit, used: 0, resetAt };
  const rows = await tx.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitCounter" AS c ("key", "windowStart", "count") VALUES (${key}, ${windowStart.toISOString()}::timestamp(3), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN c."windowStart" >= EXCLUDED."windowStart" THEN c."count" + 1 ELSE 1 END,
      "windowStart" = GREATEST(c."windowStart", EXCLUDED."windowStart")
    WHERE c."windowStart" < EXCLUDED."windowStart" OR c."count" < ${limit}
    RETURNING "count"`;
  const counted = rows[0];
  return counted ? { allowed: true, limit, used: counted.count, resetAt } : { allowed: false, limit, used: limit, resetAt };
};
