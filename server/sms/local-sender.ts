import { randomBytes } from "node:crypto";
import type { SmsSender } from "./sms-message";

/**
 * The embedded default: nothing leaves the machine. The Notification row that sendSms writes is
 * the message; the dev phone page (/dev/phone) and GET /api/dev/sms read those rows.
 */
export const localSender: SmsSender = {
  provider: "local",
  send: async () => ({ providerMessageId: `local_${randomBytes(12).toString("hex")}`, status: "DELIVERED" }),
};
