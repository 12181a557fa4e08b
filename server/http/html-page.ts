import type { IncomingMessage, ServerResponse } from "node:http";

// The few lines every server-drawn customer page shares (pages/api/gateway, pages/api/unsubscribe).

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
