import { cookies } from "next/headers";
import { GATEWAY_COOKIE, GATEWAY_IDLE_SECONDS, gatewaySessionValue } from "@/server/auth/gateway-session";
import { getLinkGate } from "@/server/services/gateway/get-link-gate";
import { linkCookieOptions } from "./link-cookies";

/**
 * After a right passcode or code, and again at each action on the link: a cookie that opens this
 * link, in this browser, until it goes unused for 30 minutes (server/auth/gateway-session.ts).
 */
export const grantGatewaySession = async (token: string, workflowId: string) => {
  const gate = await getLinkGate(workflowId);
  if (gate) (await cookies()).set(GATEWAY_COOKIE, gatewaySessionValue(workflowId, gate), linkCookieOptions(token, GATEWAY_IDLE_SECONDS));
};
