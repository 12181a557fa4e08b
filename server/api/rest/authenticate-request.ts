import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import {
  authenticateApiKey,
  type ApiKeyPrincipal,
  type RequestLimit,
} from "@/server/services/api-keys/authenticate-api-key";
import type { WindowCount } from "@/server/services/rate-limits/take-from-window";
import { clientIp } from "@/server/auth/client-ip";

export type ApiPrincipal = ApiKeyPrincipal & { actor: Actor };

const BEARER = /^Bearer +(\S+)$/i;
const MAX_KEY_LENGTH = 256;

/**
 * `Authorization: Bearer <key>` → the key's business and mode, and this request counted against
 * `requestLimit`. Missing, malformed, unknown and revoked keys are all 401 (and count nothing).
 */
export const authenticateRequest = async (
  req: Request,
  { requestLimit, now }: { requestLimit: RequestLimit; now: Date },
): Promise<{ principal: ApiPrincipal; requests: WindowCount }> => {
  const header = req.headers.get("authorization")?.trim();
  if (!header) throw new AppError("UNAUTHORIZED", "Send your API key in the Authorization header: Bearer <key>");
  const key = BEARER.exec(header)?.[1];
  if (!key || key.length > MAX_KEY_LENGTH) throw new AppError("UNAUTHORIZED", "The API key is not valid");
  const { requests, ...principal } = await authenticateApiKey(key, { requestLimit, now });
  // `requests` is there: a limit was given.
  return {
    principal: { ...principal, actor: { type: "API_KEY", id: principal.apiKeyId, ipAddress: clientIp(req.headers) } },
    requests: requests!,
  };
};
