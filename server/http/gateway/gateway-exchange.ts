import { parse, serialize, type SerializeOptions } from "cookie";
import type { Actor } from "@/server/services/actor";
import { GATEWAY_COOKIE } from "@/server/auth/gateway-session";
import type { LinkProof } from "@/server/services/gateway/read-gateway-link";
import { clientInfoFrom } from "./client-info";
import { ANSWERED_COOKIE } from "./link-cookies";

/**
 * One Gateway request and the cookies its answer sets: what the page and its form handlers read
 * (the link's token, the request's headers and cookies) and write, with no framework in between,
 * so tests drive them with a plain Request.
 */
export type GatewayExchange = {
  token: string;
  headers: Headers;
  cookies: Partial<Record<string, string>>;
  /** Set-Cookie header values for the answer. */
  setCookies: string[];
};

export const gatewayExchange = (token: string, headers: Headers): GatewayExchange => ({
  token,
  headers,
  cookies: parse(headers.get("cookie") ?? ""),
  setCookies: [],
});

export const setCookie = (exchange: GatewayExchange, name: string, value: string, options: SerializeOptions) => {
  exchange.setCookies.push(serialize(name, value, options));
};

/** This browser's proof for the link: its session cookie and its answered mark. */
export const linkProof = ({ cookies }: GatewayExchange): LinkProof => ({
  session: cookies[GATEWAY_COOKIE],
  answered: cookies[ANSWERED_COOKIE],
});

/** The customer as an actor in the audit log, with the address they came from when known. */
export const customerActor = ({ headers }: GatewayExchange): Actor => {
  const { ipAddress } = clientInfoFrom(headers);
  return { type: "CUSTOMER", ...(ipAddress ? { ipAddress } : {}) };
};
