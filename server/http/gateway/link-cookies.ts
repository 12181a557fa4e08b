import { env } from "@/server/env";

// Two cookies, both httpOnly and scoped to the one link's path: the passcode session
// (GATEWAY_COOKIE, server/auth/gateway-session.ts) and this "answered" mark, set when the
// customer finishes or declines (server/auth/gateway-answered-mark.ts).

export const ANSWERED_COOKIE = "lx_gateway_answered";

const HOUR = 3600;
export const ANSWERED_SECONDS = 7 * 24 * HOUR;

/** Only called with a token resolveLink accepted (43 base64url characters), so the path is safe. */
export const linkCookieOptions = (token: string, maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: env().APP_URL.startsWith("https://"),
  path: linkPath(token),
  maxAge,
});

export const linkPath = (token: string) => `/l/${encodeURIComponent(token)}`;
