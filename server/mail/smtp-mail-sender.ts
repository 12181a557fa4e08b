import nodemailer from "nodemailer";
import { MailSendError, type MailSender } from "./mail-message";

const TIMEOUT_MS = 15_000;

type SmtpError = Error & { responseCode?: number; code?: string };

/**
 * Sends through the SMTP server of SMTP_URL (smtp:// with STARTTLS when offered, smtps:// for
 * TLS from the start; credentials in the URL). One transport per URL.
 */
export const createSmtpMailSender = ({ url, from }: { url: string; from: string }): MailSender => {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    provider: "smtp",
    send: async ({ to, subject, text, html, headers }) => {
      try {
        const info = await transport.sendMail({
          from,
          to,
          subject,
          text,
          html,
          headers,
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return { providerMessageId: info.messageId };
      } catch (error) {
        const { responseCode, code, message } = error as SmtpError;
        // 5xx: the server will not take this message (unknown mailbox, refused sender); 4xx and the network: later.
        if (responseCode) throw new MailSendError(message, `SMTP_${responseCode}`, responseCode >= 500);
        throw new MailSendError(message, code ?? "NETWORK", false);
      }
    },
  };
};
