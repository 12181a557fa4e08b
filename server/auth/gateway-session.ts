import { createHmac } from "node:crypto";
import { requireSecret } from "../env";
import { safeEqual } from "./tokens";

// After a right passcode the Gateway sets a cookie, scoped to the link's path, holding an HMAC of
// the workflow and its passcode hash: nothing to look up, and void if the passcode changes.
export const gatewaySessionValue = (workflowId: string, passcodeHash: string) =>
  createHmac("sha256", requireSecret("AUTH_SECRET")).update(`gateway:${workflowId}:${passcodeHash}`).digest("base64url");

export const isGatewaySessionValid = (cookie: string | undefined, workflowId: string, passcodeHash: string) =>
  Boolean(cookie) && safeEqual(cookie!, gatewaySessionValue(workflowId, passcodeHash));

export const GATEWAY_COOKIE = "lx_gateway";
