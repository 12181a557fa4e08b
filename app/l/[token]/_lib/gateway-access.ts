import { cookies } from "next/headers";
import { GATEWAY_COOKIE, isGatewaySessionValid } from "@/server/auth/gateway-session";
import { findAnsweredLink } from "@/server/services/gateway/find-answered-link";
import { getPasscodeGate } from "@/server/services/gateway/get-passcode-gate";
import { resolveLink } from "@/server/services/gateway/resolve-link";
import { ANSWERED_COOKIE, isAnsweredCookieValid } from "./link-cookies";

export type GatewayAccess =
  | { kind: "unknown" }
  | { kind: "ended"; state: "expired" | "cancelled" | "finished" }
  /** Answered by this browser: it may see its own confirmation. */
  | { kind: "answered"; workflowId: string }
  | { kind: "passcode"; workflowId: string; lockedUntil: Date | null }
  | { kind: "open"; workflowId: string };

/** What this browser may see behind a link. The page and every action start here. */
export const readGatewayAccess = async (token: string): Promise<GatewayAccess> => {
  const link = await resolveLink(token);
  if (link.state === "unknown") return { kind: "unknown" };
  const jar = await cookies();
  if (link.state === "finished") {
    const mark = jar.get(ANSWERED_COOKIE)?.value;
    const answered = mark ? await findAnsweredLink(token) : null;
    return answered && isAnsweredCookieValid(mark, answered.workflowId) ? { kind: "answered", workflowId: answered.workflowId } : { kind: "ended", state: "finished" };
  }
  if (link.state !== "active") return { kind: "ended", state: link.state };
  if (!link.needsPasscode) return { kind: "open", workflowId: link.workflowId };

  const gate = await getPasscodeGate(link.workflowId);
  if (!gate) return { kind: "unknown" };
  if (!gate.passcodeHash || isGatewaySessionValid(jar.get(GATEWAY_COOKIE)?.value, link.workflowId, gate.passcodeHash)) {
    return { kind: "open", workflowId: link.workflowId };
  }
  const locked = gate.lockedUntil && gate.lockedUntil.getTime() > Date.now() ? gate.lockedUntil : null;
  return { kind: "passcode", workflowId: link.workflowId, lockedUntil: locked };
};
