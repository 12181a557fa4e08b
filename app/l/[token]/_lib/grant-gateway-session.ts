import { cookies } from "next/headers";
import { GATEWAY_COOKIE, GATEWAY_IDLE_SECONDS, gatewaySessionValue } from "@/server/auth/gateway-session";
import type { LinkGate } from "@/server/services/gateway/read-gateway-link";
import { linkCookieOptions } from "./link-cookies";

/**
 * After a right passcode or code, and again at each action on the link: a cookie that opens this
 * link, in this browser, until it goes unused for 30 minutes (server/auth/gateway-session.ts).
 */
export const grantGatewaySession = async (token: string, workflowId: string, gate: LinkGate) => {
  (await cookies()).set(
    GATEWAY_COOKIE,
    gatewaySessionValue(workflowId, gate),
    linkCookieOptions(token, GATEWAY_IDLE_SECONDS),
  );
};
