import type { ApiPrincipal } from "./authenticate-request";
import type { RouteDefinition } from "./route-definition";

/**
 * The seam for rate limiting, called by `withApiKey` after authentication on every request.
 * Not enforced yet. To enforce: count per `principal.apiKeyId` (in the database or a shared
 * store, never in memory: several instances serve the API), throw
 * `new AppError("RATE_LIMITED", …)` when over, and return the X-RateLimit-* headers to add.
 */
export const checkRateLimit = async (_request: { principal: ApiPrincipal; route: RouteDefinition }): Promise<Record<string, string>> => ({});
