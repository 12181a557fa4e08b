import { randomBytes } from "node:crypto";
import type { MailSender } from "./mail-message";

/**
 * The embedded default: nothing leaves the machine. The Email row that queueEmail writes is the
 * message; the dev mail page (/dev/mail) and GET /api/dev/mail read those rows.
 */
export const localMailSender: MailSender = {
  provider: "local",
  send: async () => ({ providerMessageId: `local_${randomBytes(12).toString("hex")}` }),
};
