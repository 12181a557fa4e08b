import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { sql } from "@/server/db/sql";
import { AppError } from "@/server/errors";
import {
  COMMIT_WITHOUT_WAITING,
  takeFromWindowStatement,
  windowCount,
  windowOf,
  type WindowCount,
} from "@/server/services/rate-limits/take-from-window";
import type { TextAllowance } from "@/server/services/sms/check-text-allowance";
import { currentTextWindow, TEXT_COUNTER_PREFIX } from "@/server/services/sms/text-window";
import { hashApiKey } from "./api-key-format";

export type ApiKeyPrincipal = {
  apiKeyId: string;
  businessId: string;
  mode: "SANDBOX" | "LIVE";
  /** Read with the key, so that creating a workflow need not read the business again. */
  defaultExpireInHours: number;
  /** Read with the key too, for the same reason (checkTextAllowance). */
  textAllowance: TextAllowance;
};

/** The key's per-window request limit, counted in RateLimitCounter under `api:<apiKeyId>` (takeFromWindow's semantics). */
export type RequestLimit = { limit: number; windowMs: number };

export type ApiKeyAuthentication = ApiKeyPrincipal & {
  /** This request counted against the key's limit, when one was given. */
  requests?: WindowCount;
};

const LAST_USED_RESOLUTION_MS = 60_000;

type Row = {
  apiKeyId: string;
  businessId: string;
  mode: "SANDBOX" | "LIVE";
  revokedAt: Date | null;
  defaultExpireInHours: number;
  smsHourlyCap: number;
  smsAllowedCountries: string[];
  textsUsed: number | null;
  requestsUsed: number | null;
};

/**
 * Resolves a bearer key to its business. Unknown and revoked keys are the same 401. Every REST call
 * runs this, so it is one hand-written statement (no Prisma compile, one round trip) that also
 * counts the request against the key's limit (a revoked key counts nothing), reads what creating
 * a workflow needs of the business, and writes "last used" at most once a minute per key.
 * Its commit does not wait for the disk (COMMIT_WITHOUT_WAITING): all it writes is counts and
 * "last used" times.
 */
export const authenticateApiKey = async (
  key: string,
  { requestLimit, now = new Date() }: { requestLimit?: RequestLimit; now?: Date } = {},
): Promise<ApiKeyAuthentication> => {
  const textWindow = currentTextWindow(now);
  const requestWindow = requestLimit ? windowOf(now, requestLimit.windowMs) : undefined;
  const counted =
    requestLimit && requestWindow
      ? takeFromWindowStatement({
          keys: Prisma.sql`SELECT 'api:' || "apiKeyId" FROM found WHERE "revokedAt" IS NULL`,
          limit: requestLimit.limit,
          windowStart: requestWindow.start,
        })
      : Prisma.sql`SELECT NULL::int AS "count"`;
  const [row] = await sql<Row>(Prisma.sql`
    WITH found AS (
      SELECT k."id" AS "apiKeyId", k."businessId", k."mode"::text AS "mode", k."revokedAt", k."lastUsedAt", b."defaultExpireInHours",
        b."smsHourlyCap", b."smsAllowedCountries", t."count" AS "textsUsed"
      FROM "ApiKey" AS k JOIN "Business" AS b ON b."id" = k."businessId"
      LEFT JOIN "RateLimitCounter" AS t ON t."key" = ${TEXT_COUNTER_PREFIX} || k."businessId" AND t."windowStart" >= ${textWindow.start.toISOString()}::timestamp(3)
      WHERE k."keyHash" = ${hashApiKey(key)} AND ${COMMIT_WITHOUT_WAITING}
    ),
    touched AS (
      UPDATE "ApiKey" SET "lastUsedAt" = ${now.toISOString()}::timestamp(3)
      WHERE "id" = (SELECT "apiKeyId" FROM found WHERE "revokedAt" IS NULL
        AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString()}::timestamp(3)))
    ),
    counted AS (${counted})
    SELECT "apiKeyId", "businessId", "mode", "revokedAt", "defaultExpireInHours", "smsHourlyCap", "smsAllowedCountries", "textsUsed",
      (SELECT "count" FROM counted) AS "requestsUsed"
    FROM found`);
  if (!row || row.revokedAt) throw new AppError("UNAUTHORIZED", "The API key is not valid");
  return {
    apiKeyId: row.apiKeyId,
    businessId: row.businessId,
    mode: row.mode,
    defaultExpireInHours: row.defaultExpireInHours,
    textAllowance: {
      cap: row.smsHourlyCap,
      countries: row.smsAllowedCountries,
      used: row.textsUsed ?? 0,
      windowEnd: textWindow.end,
    },
    requests:
      requestLimit && requestWindow
        ? windowCount({ counted: row.requestsUsed, limit: requestLimit.limit, resetAt: requestWindow.resetAt })
        : undefined,
  };
};
