import { cookies } from "next/headers";
import { GATEWAY_COOKIE, gatewaySessionValue } from "@/server/auth/gateway-session";
import { getLinkGate } from "@/server/services/gateway/get-link-gate";
import { PASSCODE_SESSION_SECONDS, linkCookieOptions } from "./link-cookies";

/** After a right passcode or code: a cookie that opens this link, in this browser, for 12 hours. */
export const grantGatewaySession = async (token: string, workflowId: string) => {
  const gate = await getLinkGate(workflowId);
  if (gate) (await cookies()).set(GATEWAY_COOKIE, gatewaySessionValue(workflowId, gate), linkCookieOptions(token, PASSCODE_SESSION_SECONDS));
};
