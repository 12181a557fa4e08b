import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { sql } from "@/server/db/sql";
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

/** The window `now` falls in, and where it ends. */
export const windowOf = (now: Date, windowMs: number) => {
  const start = windowStartOf(now, windowMs);
  return { start, resetAt: new Date(start.getTime() + windowMs) };
};

/**
 * A condition that holds and makes the commit of the statement it is in not wait for the disk
 * (synchronous_commit off for that transaction alone). For statements that only count: every use
 * of a key updates the key's one row, and a commit that waited for the flush held the row's lock
 * meanwhile, so the uses of one key queued behind each other's flushes (measured on the API-key
 * statement: 986 a second on one key, 2,897 without the wait). A crash can lose the last fraction
 * of a second of counts, which a limit can afford.
 */
export const COMMIT_WITHOUT_WAITING = Prisma.sql`set_config('synchronous_commit', 'off', true) IS NOT NULL`;

/**
 * The counting statement of takeFromWindow, for keys given as a query of one text column (a
 * parameter, or a column of an earlier CTE when it runs inside a larger statement, as the API-key
 * check does). It returns the window's `count` for each key it counted, nothing for a refused one.
 */
export const takeFromWindowStatement = ({
  keys,
  limit,
  windowStart,
}: {
  keys: Prisma.Sql;
  limit: number;
  windowStart: Date;
}) => Prisma.sql`
  INSERT INTO "RateLimitCounter" AS c ("key", "windowStart", "count")
  SELECT taken."key", ${windowStart.toISOString()}::timestamp(3), 1 FROM (${keys}) AS taken("key") WHERE ${limit}::int > 0
  ON CONFLICT ("key") DO UPDATE SET
    "count" = CASE WHEN c."windowStart" >= EXCLUDED."windowStart" THEN c."count" + 1 ELSE 1 END,
    "windowStart" = GREATEST(c."windowStart", EXCLUDED."windowStart")
  WHERE c."windowStart" < EXCLUDED."windowStart" OR c."count" < ${limit}::int
  RETURNING "count"`;

/** The WindowCount of one key, from the count takeFromWindowStatement returned for it (or not). */
export const windowCount = ({
  counted,
  limit,
  resetAt,
}: {
  counted: number | null | undefined;
  limit: number;
  resetAt: Date;
}): WindowCount =>
  counted != null
    ? { allowed: true, limit, used: counted, resetAt }
    : { allowed: false, limit, used: limit <= 0 ? 0 : limit, resetAt };

/**
 * Counts one use of `key` in the current fixed window, if the window has room: one statement, so
 * it is atomic across requests and app instances, and a refused use is not counted. The row moves
 * to a new window in the same statement (no clean-up needed); an instance whose clock lags keeps
 * counting in the newer window instead of resetting it.
 */
export const takeFromWindow = async ({
  key,
  limit,
  windowMs,
  now = new Date(),
}: TakeFromWindowInput): Promise<WindowCount> => {
  const { start, resetAt } = windowOf(now, windowMs);
  if (limit <= 0) return windowCount({ counted: null, limit, resetAt });
  const rows = await sql<{ count: number }>(
    takeFromWindowStatement({
      keys: Prisma.sql`SELECT ${key}::text WHERE ${COMMIT_WITHOUT_WAITING}`,
      limit,
      windowStart: start,
    }),
  );
  return windowCount({ counted: rows[0]?.count, limit, resetAt });
};
