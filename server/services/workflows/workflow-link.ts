import "server-only";
import { linkTokenFor } from "@/server/auth/link-token";
import { env } from "@/server/env";
import { LINK_PLACEHOLDER } from "@/server/contracts/workflows/link-message";

/** The customer's link, rebuilt from the stored nonce. */
export const workflowLink = (linkNonce: string) => `${env().APP_URL}/l/${linkTokenFor(linkNonce)}`;

export const withLink = (linkNonce: string) => (body: string) =>
  body.replace(LINK_PLACEHOLDER, workflowLink(linkNonce));
