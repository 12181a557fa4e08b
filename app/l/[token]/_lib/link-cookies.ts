import { createHmac } from "node:crypto";
import { env, requireSecret } from "@/server/env";
import { safeEqual } from "@/server/auth/tokens";

// Two cookies, both httpOnly and scoped to the one link's path: the passcode session
// (GATEWAY_COOKIE, server/auth/gateway-session.ts) and this "answered" mark, set when the
// customer finishes or declines, so that this browser, and only it, can see the confirmation.

export const ANSWERED_COOKIE = "lx_gateway_answered";

const HOUR = 3600;
export const ANSWERED_SECONDS = 7 * 24 * HOUR;

export const answeredCookieValue = (workflowId: string) =>
  createHmac("sha256", requireSecret("AUTH_SECRET")).update(`gateway-answered:${workflowId}`).digest("base64url");

export const isAnsweredCookieValid = (cookie: string | undefined, workflowId: string) =>
  Boolean(cookie) && safeEqual(cookie!, answeredCookieValue(workflowId));

/** Only called with a token resolveLink accepted (43 base64url characters), so the path is safe. */
export const linkCookieOptions = (token: string, maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: env().APP_URL.startsWith("https://"),
  path: linkPath(token),
  maxAge,
});

export const linkPath = (token: string) => `/l/${encodeURIComponent(token)}`;
