import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

// The few lines every server-drawn customer page shares (pages/api/gateway, pages/api/unsubscribe).

/** Node's request headers as web Headers. */
export const requestHeaders = (req: IncomingMessage) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  return headers;
};

/** Node's request as a web Request at `path` (the address the customer sees), a POST's body streamed. */
export const webRequest = (req: IncomingMessage, path: string) => {
  const headers = requestHeaders(req);
  const url = new URL(path, `http://${headers.get("host") ?? "localhost"}`);
  const body = req.method === "POST" ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {};
  return new Request(url, { method: req.method ?? "GET", headers, ...body } as RequestInit);
};

/** The CSP nonce proxy.ts put on this request, for a page's one inline script. */
export const nonceOf = (req: IncomingMessage) =>
  /'nonce-([^']+)'/.exec(String(req.headers["content-security-policy"]))?.[1];

/** A whole HTML document as the answer; never kept in a shared cache (the address holds a secret). */
export const sendHtml = (res: ServerResponse, status: number, html: string) => {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "private, no-store");
  res.end(`<!DOCTYPE html>${html}`);
};
