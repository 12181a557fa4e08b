import { createHmac } from "node:crypto";
import { requireSecret } from "../env";
import { safeEqual } from "./tokens";

// After a right passcode or texted code the Gateway sets a cookie, scoped to the link's path,
// holding an HMAC of the workflow and the gate's key: nothing to look up. For a passcode the key
// is its hash, so the session is void if the passcode changes.

type Gate = { authentication: "NONE" | "PASSCODE" | "SMS_CODE"; passcodeHash: string | null };

const gateKey = (gate: Gate) => (gate.authentication === "PASSCODE" ? `passcode:${gate.passcodeHash}` : "sms-code");

export const gatewaySessionValue = (workflowId: string, gate: Gate) =>
  createHmac("sha256", requireSecret("AUTH_SECRET")).update(`gateway:${workflowId}:${gateKey(gate)}`).digest("base64url");

export const isGatewaySessionValid = (cookie: string | undefined, workflowId: string, gate: Gate) =>
  Boolean(cookie) && safeEqual(cookie!, gatewaySessionValue(workflowId, gate));

export const GATEWAY_COOKIE = "lx_gateway";
