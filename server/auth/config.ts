import type { NextAuthConfig } from "next-auth";
import { requireSecret } from "../env";

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
    jwt: ({ token, user }) => {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session: ({ session, token }) => {
      if (token.sub) session.user.id = token.sub;
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
