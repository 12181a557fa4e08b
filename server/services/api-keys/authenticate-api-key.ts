import { Prisma } from "../../generated/prisma/client";
import { sql } from "../../db/sql";
import { AppError } from "../../errors";
import { hashApiKey } from "./api-key-format";

export type ApiKeyPrincipal = {
  apiKeyId: string;
  businessId: string;
  mode: "SANDBOX" | "LIVE";
  /** Read with the key, so that creating a workflow need not read the business again. */
  defaultExpireInHours: number;
};

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves a bearer key to its business. Unknown and revoked keys are the same 401. Every REST call
 * runs this, so it is one hand-written statement (no Prisma compile), and "last used" is written
 * at most once a minute per key, so reads stay reads.
 */
export const authenticateApiKey = async (key: string): Promise<ApiKeyPrincipal> => {
  const [apiKey] = await sql<ApiKeyPrincipal & { revokedAt: Date | null; lastUsedAt: Date | null }>(Prisma.sql`
    SELECT k."id" AS "apiKeyId", k."businessId", k."mode"::text, k."revokedAt", k."lastUsedAt", b."defaultExpireInHours"
    FROM "ApiKey" AS k JOIN "Business" AS b ON b."id" = k."businessId"
    WHERE k."keyHash" = ${hashApiKey(key)}`);
  if (!apiKey || apiKey.revokedAt) throw new AppError("UNAUTHORIZED", "The API key is not valid");
  const now = new Date();
  if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await sql(Prisma.sql`UPDATE "ApiKey" SET "lastUsedAt" = ${now.toISOString()}::timestamp(3) WHERE "id" = ${apiKey.apiKeyId}`);
  }
  return { apiKeyId: apiKey.apiKeyId, businessId: apiKey.businessId, mode: apiKey.mode, defaultExpireInHours: apiKey.defaultExpireInHours };
};
