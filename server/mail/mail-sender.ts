import { env } from "@/server/env";
import { localMailSender } from "./local-mail-sender";
import type { MailSender } from "./mail-message";
import { createSmtpMailSender } from "./smtp-mail-sender";

let smtp: { key: string; sender: MailSender } | undefined;

/** The sender the environment configures: SMTP when SMTP_URL is set, else the local inbox. */
export const mailSender = (): MailSender => {
  const config = env();
  if (!config.SMTP_URL) return localMailSender;
  const key = `${config.SMTP_URL} ${config.MAIL_FROM}`;
  if (smtp?.key !== key) smtp = { key, sender: createSmtpMailSender({ url: config.SMTP_URL, from: config.MAIL_FROM }) };
  return smtp.sender;
};
