import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

type FakeTwilioRequest = {
  method: string;
  path: string;
  authorization: string | undefined;
  form: Record<string, string>;
};

export type FakeTwilioApi = {
  url: string;
  requests: FakeTwilioRequest[];
  /** Answers the next message create with this error instead of success. */
  failNext: (error: { status: number; code: number; message: string }) => void;
  close: () => Promise<void>;
};

/**
 * Just enough of Twilio's Messages API, on 127.0.0.1, for the real SDK to talk to (through
 * TWILIO_API_BASE_URL). Records what it was sent so tests can check the form body and auth.
 */
export const startFakeTwilioApi = async (): Promise<FakeTwilioApi> => {
  const requests: FakeTwilioRequest[] = [];
  let nextError: { status: number; code: number; message: string } | undefined;
  let counter = 0;
  // Test files run at once on one database, where message SIDs are unique: each fake numbers its own.
  const instance = randomBytes(8).toString("hex");

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const form = Object.fromEntries(new URLSearchParams(raw));
      const path = (req.url ?? "").split("?")[0]!;
      requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization, form });
      res.setHeader("Content-Type", "application/json");
      const match = path.match(/^\/2010-04-01\/Accounts\/(AC\w+)\/Messages\.json$/);
      if (req.method !== "POST" || !match) {
        res.statusCode = 404;
        res.end(JSON.stringify({ code: 20404, message: "The requested resource was not found", status: 404 }));
        return;
      }
      if (nextError) {
        const error = nextError;
        nextError = undefined;
        res.statusCode = error.status;
        res.end(JSON.stringify({ code: error.code, message: error.message, status: error.status }));
        return;
      }
      counter += 1;
      res.statusCode = 201;
      res.end(
        JSON.stringify({
          sid: `SM${instance}${String(counter).padStart(16, "0")}`,
          account_sid: match[1],
          to: form.To,
          from: form.From,
          body: form.Body,
          status: "queued",
          num_segments: "1",
          direction: "outbound-api",
          date_created: new Date().toUTCString(),
          uri: `${path.replace(".json", "")}/SM${instance}${String(counter).padStart(16, "0")}.json`,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (error) => {
      nextError = error;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
