import { lookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { stopSignal } from "@/server/lifecycle/stop-signal";
import { isPrivateAddress } from "./private-address";

// One HTTP POST to a business's endpoint. node:http rather than fetch because its `lookup` hook
// lets the SSRF guard check the very address the socket connects to: checking a name first and
// letting fetch resolve it again would let DNS rebinding slip a private address in between.
// node:http never follows redirects; a 3xx is just an unsuccessful answer.

const DEFAULT_TIMEOUT_MS = 15_000;
const EXCERPT_BYTES = 1024;

export type SendResult = {
  status: number | null;
  /** The first 1 KiB of the response body. */
  excerpt: string | null;
  retryAfter: string | null;
  durationMs: number;
  error: string | null;
};

type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export type SendOptions = {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowPrivate: boolean;
  timeoutMs?: number;
  /** DNS resolution; tests inject names that resolve to private addresses. */
  resolve?: Resolve;
};

class TargetRefused extends Error {}

const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) =>
    lookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

const refuseIfPrivate = (hostname: string, addresses: readonly { address: string }[]) => {
  const found = addresses.find((a) => isPrivateAddress(a.address));
  if (found)
    throw new TargetRefused(`Refused: ${hostname} is a private, loopback or link-local address (${found.address})`);
};

const guardedLookup =
  (resolve: Resolve, allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (!allowPrivate) refuseIfPrivate(hostname, addresses);
        if (addresses.length === 0) throw new Error(`${hostname} has no address`);
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, "", 0));
  };

const readExcerpt = (response: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= EXCERPT_BYTES) response.destroy();
    });
    response.on("end", () => resolve(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8")));
    response.on("close", () => resolve(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8")));
    response.on("error", reject);
  });

// Kept-alive connections: a busy endpoint gets its deliveries over the sockets it already has
// instead of a TCP handshake each. A socket is checked by the guard when it connects; pooled apart
// by whether private targets are allowed, so a socket one rule let through is never reused under the other.
const agents = {
  guarded: {
    http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
  },
  open: {
    http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
  },
};

const post = (url: URL, options: SendOptions, signal: AbortSignal) =>
  new Promise<{ status: number; excerpt: string; retryAfter: string | null }>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, {
      method: "POST",
      headers: { ...options.headers, "content-length": String(Buffer.byteLength(options.body)) },
      lookup: guardedLookup(options.resolve ?? systemResolve, options.allowPrivate),
      agent: agents[options.allowPrivate ? "open" : "guarded"][url.protocol === "https:" ? "https" : "http"],
      signal,
    });
    request.on("response", (response) => {
      const retryAfter = response.headers["retry-after"] ?? null;
      readExcerpt(response).then(
        (excerpt) => resolve({ status: response.statusCode ?? 0, excerpt, retryAfter }),
        reject,
      );
    });
    request.on("error", reject);
    request.end(options.body);
  });

/** Sends one delivery attempt. Never throws: every failure is described in `error`. */
export const sendWebhook = async (options: SendOptions): Promise<SendResult> => {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // A shutdown cuts the wait short (server/lifecycle/stop-signal.ts).
  const stopping = stopSignal();
  const stop = () => controller.abort();
  stopping.addEventListener("abort", stop, { once: true });
  const done = (result: Omit<SendResult, "durationMs">): SendResult => ({
    ...result,
    durationMs: Date.now() - started,
  });
  try {
    const url = new URL(options.url);
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw new TargetRefused(`Refused: ${url.protocol} is not http or https`);
    const hostname = url.hostname.replace(/^\[|\]$/g, "");
    // IP literals never reach the lookup hook, so they are checked here.
    if (isIP(hostname) && !options.allowPrivate) refuseIfPrivate(hostname, [{ address: hostname }]);
    const { status, excerpt, retryAfter } = await post(url, options, controller.signal);
    return done({ status, excerpt, retryAfter, error: null });
  } catch (error) {
    const message = stopping.aborted
      ? "Cut short: LinX was stopping"
      : controller.signal.aborted
        ? `Timed out after ${timeoutMs} ms`
        : error instanceof Error
          ? error.message || String(error)
          : String(error);
    return done({ status: null, excerpt: null, retryAfter: null, error: message });
  } finally {
    clearTimeout(timer);
    stopping.removeEventListener("abort", stop);
  }
};
