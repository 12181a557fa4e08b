import "server-only";
import type { NextAuthConfig } from "next-auth";
import { requireSecret } from "@/server/env";
import { logger } from "@/server/observability/logger";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
    /** This session's own id, which sign-out revokes (session-user.ts refuses a revoked one). */
    sessionId?: string;
    /** When this session ends whatever its use (seconds since the epoch): how long a revocation is kept. */
    sessionEndsAt?: number;
  }
}

export const SIGN_IN_PATH = "/sign-in";

// Staff sessions are signed JWT cookies (no session table); membership and role are read from
// the database on every request, so removing someone from a business takes effect at once.
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
// next-auth re-issues the cookie each time a session is read, so 12 hours is an idle limit and a
// session could roll on for ever. This caps it from sign-in, so a signed-out session's id need
// only be kept this long (a copy of its cookie cannot be kept alive past it).
export const SESSION_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Settings shared by the full next-auth instance and the proxy's, which has no providers and
 * so never loads the database. A function, so `next build` never needs AUTH_SECRET.
 */
export const baseAuthConfig = (): NextAuthConfig => ({
  secret: requireSecret("AUTH_SECRET"),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  providers: [],
  callbacks: {
    // The session version is copied from the user at sign-in only, never from a request: a
    // session made before a password change stays behind and is refused (session-user.ts).
    // `sid` names this one session, for sign-out to revoke; not `jti`, which next-auth replaces
    // each time it re-issues the cookie. `sat` is when it began. A token without them (from
    // before session ids) or past its lifetime is no session at all.
    jwt: ({ token, user }) => {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.sid = crypto.randomUUID();
        token.sat = nowSeconds();
      }
      if (typeof token.sid !== "string" || typeof token.sat !== "number") return null;
      if (nowSeconds() >= token.sat + SESSION_LIFETIME_SECONDS) return null;
      return token;
    },
    session: ({ session, token }) => {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      if (typeof token.sat === "number") session.sessionEndsAt = token.sat + SESSION_LIFETIME_SECONDS;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error: (error) => {
      // `type`, not `name`: class names do not survive minification.
      if ("type" in error && error.type === "CredentialsSignin") return;
      logger("auth").error({ type: "type" in error ? String(error.type) : error.name, err: error }, "auth error");
    },
  },
});
