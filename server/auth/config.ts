import type { NextAuthConfig } from "next-auth";
import { requireSecret } from "../env";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

export const SIGN_IN_PATH = "/sign-in";

// Staff sessions are signed JWT cookies (no session table); membership and role are read from
// the database on every request, so removing someone from a business takes effect at once.
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

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
    jwt: ({ token, user }) => {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session: ({ session, token }) => {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error: (error) => {
      // `type`, not `name`: class names do not survive minification.
      if ("type" in error && error.type === "CredentialsSignin") return;
      console.error(`[auth] ${"type" in error ? String(error.type) : error.name}: ${error.message}`);
    },
  },
});
