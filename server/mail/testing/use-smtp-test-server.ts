import { afterAll, afterEach, beforeAll } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

/**
 * For a test file that sends through nodemailer over SMTP: a real SMTP server on loopback for the
 * file, `useSmtp()` to point the app at it, and the environment restored after each test.
 */
export const useSmtpTestServer = () => {
  const saved = { ...process.env };
  let server: SmtpTestServer | undefined;
  beforeAll(async () => {
    server = await startSmtpTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => {
    process.env = { ...saved };
    resetEnvForTests();
  });
  const smtp = () => {
    if (!server) throw new Error("the SMTP server starts in beforeAll");
    return server;
  };
  const useSmtp = () => {
    Object.assign(process.env, { SMTP_URL: smtp().url, MAIL_FROM: "LinX <no-reply@linx.test>" });
    resetEnvForTests();
  };
  return { smtp, useSmtp };
};
