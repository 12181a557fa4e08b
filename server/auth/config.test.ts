import type { Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { baseAuthConfig, SESSION_LIFETIME_SECONDS } from "./config";

// The session version in a staff session token: set from the user at sign-in, never from a request.
const { jwt, session } = baseAuthConfig().callbacks!;
const callJwt = (token: JWT, extra: { user?: User; trigger?: "signIn" | "update"; session?: unknown }) =>
  jwt!({ token, account: null, ...extra } as Parameters<NonNullable<typeof jwt>>[0]) as Promise<JWT> | JWT;

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("session token callbacks", () => {
  it("copy the user's session version into the token at sign-in, and into the session", async () => {
    const token = await callJwt({}, { user: { id: "user-1", sessionVersion: 3 }, trigger: "signIn" });
    expect(token).toMatchObject({ sub: "user-1", sv: 3 });
    const read = (await session!({ session: { user: {}, expires: "" } as Session, token } as Parameters<
      NonNullable<typeof session>
    >[0])) as Session;
    expect(read).toMatchObject({ user: { id: "user-1" }, sessionVersion: 3 });
  });

  it("ignore a version sent with a session update (an old session cannot catch up by asking)", async () => {
    const token = await callJwt(
      { sub: "user-1", sv: 1, sid: "session-1", sat: nowSeconds() },
      { trigger: "update", session: { sessionVersion: 9, sv: 9, sid: "other", sat: nowSeconds() + 999 } },
    );
    expect(token).toMatchObject({ sv: 1, sid: "session-1" });
  });

  it("give each sign-in a session id of its own, kept as the cookie is re-issued, and a lifetime from sign-in", async () => {
    const first = await callJwt({}, { user: { id: "user-1", sessionVersion: 0 }, trigger: "signIn" });
    const second = await callJwt({}, { user: { id: "user-1", sessionVersion: 0 }, trigger: "signIn" });
    expect(first.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.sid).not.toBe(first.sid);
    expect(Math.abs(Number(first.sat) - nowSeconds())).toBeLessThanOrEqual(1);
    expect(await callJwt({ ...first }, {})).toMatchObject({ sid: first.sid, sat: first.sat });
    const read = (await session!({ session: { user: {}, expires: "" } as Session, token: first } as Parameters<
      NonNullable<typeof session>
    >[0])) as Session;
    expect(read).toMatchObject({ sessionId: first.sid, sessionEndsAt: Number(first.sat) + SESSION_LIFETIME_SECONDS });
  });

  it("end a session past its lifetime however recently it was used, and a token from before session ids", async () => {
    expect(
      await callJwt({ sub: "user-1", sv: 0, sid: "session-1", sat: nowSeconds() - SESSION_LIFETIME_SECONDS }, {}),
    ).toBeNull();
    expect(
      await callJwt({ sub: "user-1", sv: 0, sid: "session-1", sat: nowSeconds() - SESSION_LIFETIME_SECONDS + 60 }, {}),
    ).toMatchObject({ sid: "session-1" });
    expect(await callJwt({ sub: "user-1", sv: 0 }, {})).toBeNull();
  });

  it("read a token from before session versions as version 0", async () => {
    const read = (await session!({
      session: { user: {}, expires: "" } as Session,
      token: { sub: "user-1" },
    } as Parameters<NonNullable<typeof session>>[0])) as Session;
    expect(read.sessionVersion).toBe(0);
  });
});
