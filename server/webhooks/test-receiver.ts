import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

// A real HTTP receiver on loopback for tests: it records every request and answers with what
// the test scripted, in order (the last answer repeats).

export type ScriptedAnswer = { status: number; body?: string; headers?: Record<string, string>; delayMs?: number };
type Received = { method: string; path: string; headers: IncomingHttpHeaders; body: string };

export const startReceiver = async (answers: ScriptedAnswer[] = [{ status: 200, body: "ok" }]) => {
  const received: Received[] = [];
  const script = [...answers];
  const delayed = new Set<ReturnType<typeof setTimeout>>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const answer = script.length > 1 ? script.shift()! : script[0]!;
      const reply = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body ?? "");
      };
      if (!answer.delayMs) return reply();
      const timer = setTimeout(() => {
        delayed.delete(timer);
        reply();
      }, answer.delayMs);
      delayed.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    /** Replaces the remaining answers. */
    answer: (...next: ScriptedAnswer[]) => script.splice(0, script.length, ...next),
    close: () =>
      new Promise<void>((resolve) => {
        delayed.forEach(clearTimeout);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
