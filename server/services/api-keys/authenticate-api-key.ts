import { db } from "../../db";
import { AppError } from "../../errors";
import { hashApiKey } from "./api-key-format";

export type ApiKeyPrincipal = { apiKeyId: string; businessId: string; mode: "SANDBOX" | "LIVE" };

const LAST_USED_RESOLUTION_MS = 60_000;

/** Resolves a bearer key to its business. Unknown and revoked keys are the same 401. */
export const authenticateApiKey = async (key: string): Promise<ApiKeyPrincipal> => {
  const apiKey = await db().apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, businessId: true, mode: true, revokedAt: true, lastUsedAt: true },
  });
  if (!apiKey || apiKey.revokedAt) throw new AppError("UNAUTHORIZED", "The API key is not valid");
  // Write "last used" at most once a minute per key, so reads stay reads.
  if (!apiKey.lastUsedAt || Date.now() - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  }
  return { apiKeyId: apiKey.id, businessId: apiKey.businessId, mode: apiKey.mode };
};
