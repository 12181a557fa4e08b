import type { Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { baseAuthConfig } from "./config";

// The session version in a staff session token: set from the user at sign-in, never from a request.
const { jwt, session } = baseAuthConfig().callbacks!;
const callJwt = (token: JWT, extra: { user?: User; trigger?: "signIn" | "update"; session?: unknown }) =>
  jwt!({ token, account: null, ...extra } as Parameters<NonNullable<typeof jwt>>[0]) as Promise<JWT> | JWT;

describe("session token callbacks", () => {
  it("copy the user's session version into the token at sign-in, and into the session", async () => {
    const token = await callJwt({}, { user: { id: "user-1", sessionVersion: 3 }, trigger: "signIn" });
    expect(token).toMatchObject({ sub: "user-1", sv: 3 });
    const read = (await session!({ session: { user: {}, expires: "" } as Session, token } as Parameters<NonNullable<typeof session>>[0])) as Session;
    expect(read).toMatchObject({ user: { id: "user-1" }, sessionVersion: 3 });
  });

  it("ignore a version sent with a session update (an old session cannot catch up by asking)", async () => {
    const token = await callJwt({ sub: "user-1", sv: 1 }, { trigger: "update", session: { sessionVersion: 9, sv: 9 } });
    expect(token.sv).toBe(1);
  });

  it("read a token from before session versions as version 0", async () => {
    const read = (await session!({ session: { user: {}, expires: "" } as Session, token: { sub: "user-1" } } as Parameters<NonNullable<typeof session>>[0])) as Session;
    expect(read.sessionVersion).toBe(0);
  });
});
