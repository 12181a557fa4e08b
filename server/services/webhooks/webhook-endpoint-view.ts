import "server-only";
import { isIP } from "node:net";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Tx } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { isPrivateAddress } from "@/server/webhooks/private-address";

// What the endpoint services return (never a secret, except once at creation and rotation), and
// the checks every write of an endpoint's URL goes through.

export const ENDPOINT_SELECT = {
  id: true,
  url: true,
  description: true,
  eventTypes: true,
  status: true,
  failingSince: true,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.WebhookEndpointSelect;

/** The same 404 whether the endpoint never existed or belongs to another business. */
const endpointNotFound = () => new AppError("NOT_FOUND", "Webhook endpoint not found");

const badUrl = (message: string) => new AppError("UNPROCESSABLE", message, [{ path: "url", message }]);

/**
 * https only, unless private targets are allowed (development and tests), which also allows
 * http. Obvious private targets are refused now; names are checked again at every delivery,
 * against the address actually connected to.
 */
export const checkEndpointUrl = (text: string) => {
  const allowPrivate = env().WEBHOOK_ALLOW_PRIVATE_TARGETS;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUrl("Give an absolute https:// URL");
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:"))
    throw badUrl("The URL must use https://");
  if (url.username || url.password) throw badUrl("The URL must not carry a user name or password");
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const privateHost =
    host === "localhost" || host.endsWith(".localhost") || (isIP(host) !== 0 && isPrivateAddress(host));
  if (privateHost && !allowPrivate) throw badUrl("The URL points to a private, loopback or link-local address");
  return url.toString();
};

export const findEndpoint = async (tx: Tx, businessId: string, endpointId: string) => {
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { id: endpointId, businessId },
    select: ENDPOINT_SELECT,
  });
  if (!endpoint) throw endpointNotFound();
  return endpoint;
};
