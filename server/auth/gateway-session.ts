import "server-only";
import { createHmac } from "node:crypto";
import { requireSecret } from "@/server/env";
import { safeEqual } from "./tokens";

// After a right passcode or texted code the Gateway sets a cookie, scoped to the link's path,
// holding when it was last used and an HMAC of that time, the workflow and the gate's key:
// nothing to look up. For a passcode the key is its hash, so the session is void if the passcode
// changes. The server refuses a cookie unused for 30 minutes (a phone left unlocked on a table
// should not keep a payment page open), whatever the browser does with its Max-Age; each action
// on the link renews it (server/http/gateway/step-actions.ts).

export const GATEWAY_IDLE_SECONDS = 30 * 60;

type Gate = { authentication: "NONE" | "PASSCODE" | "SMS_CODE"; passcodeHash: string | null };

const gateKey = (gate: Gate) => (gate.authentication === "PASSCODE" ? `passcode:${gate.passcodeHash}` : "sms-code");

const mac = (workflowId: string, gate: Gate, usedAt: number) =>
  createHmac("sha256", requireSecret("AUTH_SECRET"))
    .update(`gateway:${workflowId}:${gateKey(gate)}:${usedAt}`)
    .digest("base64url");

export const gatewaySessionValue = (workflowId: string, gate: Gate, now = Date.now()) => {
  const usedAt = Math.floor(now / 1000);
  return `${usedAt}.${mac(workflowId, gate, usedAt)}`;
};

export const isGatewaySessionValid = (cookie: string | undefined, workflowId: string, gate: Gate, now = Date.now()) => {
  const [usedAtText, signature] = (cookie ?? "").split(".");
  const usedAt = Number(usedAtText);
  if (!signature || !/^\d{1,12}$/.test(usedAtText ?? "")) return false;
  const idle = now / 1000 - usedAt;
  // A minute of clock skew between instances, no more.
  if (idle > GATEWAY_IDLE_SECONDS || idle < -60) return false;
  return safeEqual(signature, mac(workflowId, gate, usedAt));
};

export const GATEWAY_COOKIE = "lx_gateway";
