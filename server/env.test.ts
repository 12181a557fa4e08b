import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills the embedded defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      APP_URL: "http://localhost:3000",
      smsProvider: "local",
      devInbox: true,
      jobRunner: "in-process",
      LINX_DEMO: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("derives APP_URL from PORT and trims a trailing slash", () => {
    expect(parseEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ APP_URL: "https://linx.example.com/" }).APP_URL).toBe("https://linx.example.com");
  });

  it.each([
    [{ PORT: "eighty" }, /PORT/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a postgresql:\/\/ URL/],
    [{ APP_URL: "not a url" }, /APP_URL/],
    [{ ENCRYPTION_KEY: "short" }, /ENCRYPTION_KEY must be 64 hex characters/],
    [{ TWILIO_ACCOUNT_SID: `AC${"a".repeat(32)}` }, /must be set together/],
    [{ LINX_DEMO: "yes" }, /LINX_DEMO/],
  ])("stops with one line naming the variable: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });

  const production = {
    DATABASE_URL: "postgresql://linx@db/linx",
    AUTH_SECRET: "s".repeat(32),
    ENCRYPTION_KEY: "a".repeat(64),
  };
  const twilio = {
    TWILIO_ACCOUNT_SID: `AC${"a".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "b".repeat(32),
    TWILIO_FROM_NUMBER: "+15005550006",
    SMTP_URL: "smtps://linx:secret@smtp.example.com",
    MAIL_FROM: "LinX <no-reply@example.com>",
  };

  it.each([
    [
      { ...production, AUTH_SECRET: undefined, ...twilio },
      "Invalid environment: AUTH_SECRET is required with DATABASE_URL (openssl rand -base64 32)",
    ],
    [
      { ...production, ENCRYPTION_KEY: "", ...twilio },
      "Invalid environment: ENCRYPTION_KEY is required with DATABASE_URL (openssl rand -hex 32)",
    ],
    [
      production,
      /^Invalid environment: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER .*LINX_DEV_INBOX=1/,
    ],
    [
      { ...production, ...twilio, SMTP_URL: undefined },
      /^Invalid environment: set SMTP_URL and MAIL_FROM to send email .*LINX_DEV_INBOX=1/,
    ],
    [{ ...production, ...twilio, MAIL_FROM: undefined }, /^Invalid environment: MAIL_FROM is required with SMTP_URL/],
  ])("with DATABASE_URL, stops with one line naming what to set: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
    expect(() => parseEnv(source)).toThrow(EnvError);
  });

  it("with DATABASE_URL, keeps the demo off and the local inbox closed unless asked", () => {
    const real = parseEnv({ ...production, ...twilio });
    expect(real).toMatchObject({
      LINX_DEMO: false,
      smsProvider: "twilio",
      devInbox: false,
      mailProvider: "smtp",
      devMailInbox: false,
    });
    expect(parseEnv({ ...production, ...twilio, LINX_DEMO: "true" }).LINX_DEMO).toBe(true);
    expect(parseEnv({ ...production, LINX_DEV_INBOX: "1" })).toMatchObject({
      smsProvider: "local",
      devInbox: true,
      mailProvider: "local",
      devMailInbox: true,
    });
    // Beside a real provider the inbox stays closed even when asked: it would show real texts.
    expect(parseEnv({ ...production, ...twilio, LINX_DEV_INBOX: "1" })).toMatchObject({
      smsProvider: "twilio",
      devInbox: false,
    });
  });

  it("takes SMTP_URL as smtp:// or smtps:// only, and MAIL_FROM as an address", () => {
    expect(parseEnv({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "no-reply@example.com" })).toMatchObject({
      mailProvider: "smtp",
      devMailInbox: false,
    });
    expect(parseEnv({})).toMatchObject({
      mailProvider: "local",
      devMailInbox: true,
      MAIL_FROM: "LinX <no-reply@localhost>",
    });
    for (const bad of ["http://smtp.example.com", "smtp.example.com", "mailto:a@b.c"])
      expect(() => parseEnv({ SMTP_URL: bad, MAIL_FROM: "a@b.c" })).toThrow(/^Invalid environment: SMTP_URL/);
    for (const bad of ["nobody", "a@b.c\r\nBcc: x@y.z", "<>"])
      expect(() => parseEnv({ MAIL_FROM: bad })).toThrow(/^Invalid environment: MAIL_FROM/);
  });

  it("takes INNGEST_DEV only for a dev server on this machine", () => {
    for (const local of ["1", "true", "http://localhost:8288", "http://127.0.0.1:8288/"])
      expect(parseEnv({ INNGEST_DEV: local }).jobRunner).toBe("inngest");
    for (const remote of ["https://inngest.example.com", "http://10.0.0.5:8288", "yes"]) {
      expect(() => parseEnv({ INNGEST_DEV: remote })).toThrow(
        /^Invalid environment: INNGEST_DEV is only for a local dev server/,
      );
    }
  });

  it("switches to Twilio and Inngest when they are configured", () => {
    const env = parseEnv({
      TWILIO_ACCOUNT_SID: `AC${"a".repeat(32)}`,
      TWILIO_AUTH_TOKEN: "b".repeat(32),
      TWILIO_FROM_NUMBER: "+15005550006",
      INNGEST_SIGNING_KEY: "signkey-prod-123",
    });
    expect(env.smsProvider).toBe("twilio");
    expect(env.jobRunner).toBe("inngest");
  });
});
