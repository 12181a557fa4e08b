import { cookies, headers } from "next/headers";
import { cache } from "react";
import { GATEWAY_COOKIE } from "@/server/auth/gateway-session";
import { openGatewayLink } from "@/server/services/gateway/open-gateway-link";
import { readGatewayLink } from "@/server/services/gateway/read-gateway-link";
import { clientInfoFrom } from "./client-info";
import { ANSWERED_COOKIE } from "./link-cookies";

/** This browser's proof for the link: its session cookie and its answered mark. */
const proof = async () => {
  const jar = await cookies();
  return { session: jar.get(GATEWAY_COOKIE)?.value, answered: jar.get(ANSWERED_COOKIE)?.value };
};

/**
 * A Gateway page's link, read once per request: the root layout (for <html lang>), the link's
 * layout, its metadata and the page all ask. The first view of a live link records it opened.
 */
export const openLinkOnce = cache(async (token: string) => {
  const { ipAddress } = clientInfoFrom(await headers());
  return openGatewayLink({
    token,
    proof: await proof(),
    actor: { type: "CUSTOMER", ...(ipAddress ? { ipAddress } : {}) },
  });
});

/** What this browser may do behind a link, and its language: every action starts here, reading the link afresh. */
export const readLinkForAction = async (token: string) => readGatewayLink({ token, proof: await proof() });
