import "server-only";
import { createHmac } from "node:crypto";
import { requireSecret } from "@/server/env";
import { safeEqual } from "./tokens";

// The "answered" mark the Gateway sets when the customer finishes or declines (a cookie scoped to
// the link's path): an HMAC of the workflow, so that this browser, and only it, can see the
// confirmation of an answered link. To everyone else an answered link reveals nothing.

export const answeredMarkValue = (workflowId: string) =>
  createHmac("sha256", requireSecret("AUTH_SECRET")).update(`gateway-answered:${workflowId}`).digest("base64url");

export const isAnsweredMarkValid = (mark: string | undefined, workflowId: string) =>
  Boolean(mark) && safeEqual(mark!, answeredMarkValue(workflowId));
