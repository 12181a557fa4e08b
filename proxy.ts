import { type NextRequest, NextResponse } from "next/server";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { proxyAuth } from "@/server/auth/proxy-auth";
import { env } from "@/server/env";
import { newNonce, securityHeaders, servedOverHttps } from "@/server/http/security-headers";

type Respond = (requestHeaders: Headers) => NextResponse;

/**
 * Security headers on every response (Portal, Gateway, API). The CSP goes on the request too:
 * Next reads the nonce from it and puts it on its scripts, which is why every page renders
 * per request (app/layout.tsx).
 */
const secure = (request: NextRequest, respond: Respond) => {
  const config = env();
  const headers = securityHeaders({
    nonce: newNonce(),
    https: servedOverHttps({
      appUrl: config.APP_URL,
      trustedProxyHops: config.TRUSTED_PROXY_HOPS,
      headers: request.headers,
    }),
    development: config.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
  const response = respond(requestHeaders);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // Only the home page is for search engines; robots.txt asks crawlers to stay out of the rest, and
  // this keeps a crawler that came anyway (or followed a shared link) from indexing what it read.
  if (request.nextUrl.pathname !== "/") response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
};

const next: Respond = (requestHeaders) => NextResponse.next({ request: { headers: requestHeaders } });

// First gate only: sends visitors without a session to sign in. Every Portal page still
// checks the session and the membership itself (server/auth/portal-access.ts).
const gate = proxyAuth((request) =>
  secure(request, (requestHeaders) => {
    if (request.auth?.user) return next(requestHeaders);
    const url = new URL(SIGN_IN_PATH, request.nextUrl);
    url.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    // Same-origin redirects leave here relative, so the browser keeps the host it used.
    return NextResponse.redirect(url);
  }),
);

const isPortal = (pathname: string) => pathname === "/portal" || pathname.startsWith("/portal/");

// With a lazy config (a function, so builds need no secret) next-auth hands back the wrapped
// handler in a promise, while Next needs `proxy` to be a function. (The second argument is only
// handed on to our handler above, which does not read it.)
export const proxy = async (request: NextRequest) =>
  isPortal(request.nextUrl.pathname) ? (await gate)(request, { params: Promise.resolve({}) }) : secure(request, next);

// Everything but build assets, which are files with no script to police.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
