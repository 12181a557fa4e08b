import "server-only";
import { db } from "@/server/db";
import { findEndpoint } from "./webhook-endpoint-view";

/** One of the business's endpoints, without its secrets. */
export const getWebhookEndpoint = ({ businessId, endpointId }: { businessId: string; endpointId: string }) =>
  findEndpoint(db(), businessId, endpointId);
