import { cookies } from "next/headers";
import { GATEWAY_COOKIE, isGatewaySessionValid } from "@/server/auth/gateway-session";
import { findAnsweredLink } from "@/server/services/gateway/find-answered-link";
import { getLinkGate } from "@/server/services/gateway/get-link-gate";
import { resolveLinkOnce } from "./gateway-locale";
import { ANSWERED_COOKIE, isAnsweredCookieValid } from "./link-cookies";

export type GatewayAccess =
  | { kind: "unknown" }
  | { kind: "ended"; state: "expired" | "cancelled" | "finished" }
  /** Answered by this browser: it may see its own confirmation. */
  | { kind: "answered"; workflowId: string }
  | { kind: "passcode"; workflowId: string; lockedUntil: Date | null }
  /** The customer asks for a code by text, then types it; `codeLive`: one was sent and still works. */
  | { kind: "sms-code"; workflowId: string; lockedUntil: Date | null; codeLive: boolean; phoneLastFour: string }
  | { kind: "open"; workflowId: string };

/** What this browser may see behind a link. The page and every action start here. */
export const readGatewayAccess = async (token: string): Promise<GatewayAccess> => {
  const link = await resolveLinkOnce(token);
  if (link.state === "unknown") return { kind: "unknown" };
  const jar = await cookies();
  if (link.state === "finished") {
    const mark = jar.get(ANSWERED_COOKIE)?.value;
    const answered = mark ? await findAnsweredLink(token) : null;
    return answered && isAnsweredCookieValid(mark, answered.workflowId) ? { kind: "answered", workflowId: answered.workflowId } : { kind: "ended", state: "finished" };
  }
  if (link.state !== "active") return { kind: "ended", state: link.state };
  if (link.authentication === "NONE") return { kind: "open", workflowId: link.workflowId };

  const gate = await getLinkGate(link.workflowId);
  if (!gate) return { kind: "unknown" };
  if (isGatewaySessionValid(jar.get(GATEWAY_COOKIE)?.value, link.workflowId, gate)) return { kind: "open", workflowId: link.workflowId };
  const lockedUntil = gate.lockedUntil && gate.lockedUntil.getTime() > Date.now() ? gate.lockedUntil : null;
  if (gate.authentication === "SMS_CODE") return { kind: "sms-code", workflowId: link.workflowId, lockedUntil, codeLive: gate.codeLive, phoneLastFour: gate.phoneLastFour };
  return { kind: "passcode", workflowId: link.workflowId, lockedUntil };
};
