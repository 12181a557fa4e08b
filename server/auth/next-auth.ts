import "server-only";
import NextAuth from "next-auth";
import { baseAuthConfig } from "./config";
import { credentialsProvider } from "./credentials-provider";

// The full instance: route handlers, server actions and server components use it.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [credentialsProvider],
}));
