import { type NextRequest, NextResponse } from "next/server";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { proxyAuth } from "@/server/auth/proxy-auth";

// First gate only: sends visitors without a session to sign in. Every Portal page still
// checks the session and the membership itself (server/auth/portal-access.ts).
const gate = proxyAuth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const url = new URL(SIGN_IN_PATH, request.nextUrl);
  url.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // Same-origin redirects leave here relative, so the browser keeps the host it used.
  return NextResponse.redirect(url);
});

// With a lazy config (a function, so builds need no secret) next-auth hands back the wrapped
// handler in a promise, while Next needs `proxy` to be a function. (The second argument is only
// handed on to our handler above, which does not read it.)
export const proxy = async (request: NextRequest) => (await gate)(request, { params: Promise.resolve({}) });

export const config = { matcher: ["/portal", "/portal/:path*"] };
