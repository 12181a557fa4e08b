import "server-only";
import NextAuth from "next-auth";
import { baseAuthConfig } from "./config";

// proxy.ts only needs to read the session cookie; without providers it never loads Prisma.
export const { auth: proxyAuth } = NextAuth(() => baseAuthConfig());
