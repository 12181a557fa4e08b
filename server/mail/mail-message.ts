// What every mail transport takes and gives back (SMTP, the local inbox); mail-sender.ts picks one.

type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string>;
};

type MailSendResult = { providerMessageId: string };

/**
 * Sends one email. Throws a MailSendError when the server refuses it: `permanent` for a 5xx
 * answer (retrying will not help), else the job tries again with back-off.
 */
export type MailSender = {
  provider: "smtp" | "local";
  send: (message: MailMessage) => Promise<MailSendResult>;
};

export class MailSendError extends Error {
  constructor(
    message: string,
    readonly errorCode: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "MailSendError";
  }
}
