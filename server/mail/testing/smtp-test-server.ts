import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpTestServer = {
  url: string;
  /** Every message that arrived, parsed, oldest first. */
  received: ParsedMail[];
  /** Answers the next message with this SMTP reply code (451: try later, 550: refused) instead of taking it. */
  refuseNext: (responseCode: number) => void;
  close: () => Promise<void>;
};

/** A real SMTP server on 127.0.0.1 (no TLS, no auth) that keeps what it is sent, for tests. */
export const startSmtpTestServer = async (): Promise<SmtpTestServer> => {
  const received: ParsedMail[] = [];
  let refusal: number | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, _session, callback) => {
      const code = refusal;
      refusal = undefined;
      simpleParser(stream)
        .then((mail) => {
          if (code)
            return callback(
              Object.assign(new Error(code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: code }),
            );
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (responseCode) => void (refusal = responseCode),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
