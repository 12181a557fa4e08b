import { db } from "../../db";
import { normalizeLocale, type Locale } from "../../i18n/locales";
import { hashLinkToken, looksLikeLinkToken } from "../../auth/link-token";
import type { WorkflowAuthentication } from "../../generated/prisma/enums";

export type LinkState = "unknown" | "expired" | "cancelled" | "finished" | "active";

const ENDED: Record<string, Exclude<LinkState, "active">> = {
  COMPLETED: "finished",
  DECLINED: "finished",
  ARCHIVED: "finished",
  EXPIRED: "expired",
  CANCELLED: "cancelled",
};

/**
 * What a link leads to. Never throws for any input: a malformed, unknown or ended link gets a
 * state, and only an active one gets the workflow's id. A link past its expiry is expired even
 * if the expiry job has not run yet.
 */
export const resolveLink = async (
  token: string,
): Promise<({ state: Exclude<LinkState, "active"> } | { state: "active"; workflowId: string; businessId: string; authentication: WorkflowAuthentication }) & { locale: Locale | null }> => {
  if (!looksLikeLinkToken(token)) return { state: "unknown", locale: null };
  const workflow = await db().workflow.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, businessId: true, status: true, expireAt: true, authentication: true, locale: true },
  });
  if (!workflow) return { state: "unknown", locale: null };
  // The request's language: even a page saying the link ended speaks it.
  const locale = normalizeLocale(workflow.locale);
  const ended = ENDED[workflow.status];
  if (ended) return { state: ended, locale };
  if (workflow.expireAt.getTime() <= Date.now()) return { state: "expired", locale };
  return { state: "active", workflowId: workflow.id, businessId: workflow.businessId, authentication: workflow.authentication, locale };
};
