import "server-only";
import { env } from "@/server/env";

type HeaderReader = { get: (name: string) => string | null };

// X-Forwarded-For is written by whoever sends the request. Next adds the socket's address only
// when the header is missing, so without a proxy a client can claim any address. Each proxy that
// appends adds one entry on the right: with TRUSTED_PROXY_HOPS = n, the n-th entry from the right
// is the address the outermost proxy saw, which the client cannot choose.

const hops = (headers: HeaderReader) =>
  (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);

const clip = (address: string | undefined) => address?.slice(0, 64) || undefined;

/**
 * The client's address as the trusted proxies saw it, or undefined without a trusted proxy. Used
 * for sign-in limits, audit entries and document acceptances alike: an address the client could
 * have written itself is evidence of nothing, so none is recorded rather than a forged one.
 */
export const clientIp = (headers: HeaderReader) => {
  const trusted = env().TRUSTED_PROXY_HOPS;
  if (trusted === 0) return undefined;
  const list = hops(headers);
  return clip(list[Math.max(0, list.length - trusted)]);
};
