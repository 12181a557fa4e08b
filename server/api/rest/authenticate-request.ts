import { AppError } from "../../errors";
import type { Actor } from "../../services/actor";
import { authenticateApiKey, type ApiKeyPrincipal } from "../../services/api-keys/authenticate-api-key";
import { clientIp } from "../../auth/client-ip";

export type ApiPrincipal = ApiKeyPrincipal & { actor: Actor };

const BEARER = /^Bearer +(\S+)$/i;
const MAX_KEY_LENGTH = 256;

/** `Authorization: Bearer <key>` → the key's business and mode. Missing, malformed, unknown and revoked keys are all 401. */
export const authenticateRequest = async (req: Request): Promise<ApiPrincipal> => {
  const header = req.headers.get("authorization")?.trim();
  if (!header) throw new AppError("UNAUTHORIZED", "Send your API key in the Authorization header: Bearer <key>");
  const key = BEARER.exec(header)?.[1];
  if (!key || key.length > MAX_KEY_LENGTH) throw new AppError("UNAUTHORIZED", "The API key is not valid");
  const principal = await authenticateApiKey(key);
  return { ...principal, actor: { type: "API_KEY", id: principal.apiKeyId, ipAddress: clientIp(req.headers) } };
};
