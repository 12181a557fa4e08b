import { db } from "../../db";
import { hashLinkToken, looksLikeLinkToken } from "../../auth/link-token";

/**
 * The workflow behind a link the customer has answered (completed or declined). Only for the
 * Gateway's own confirmation page, after it has checked the browser's answered-cookie: to
 * everyone else an answered link reveals nothing (see resolveLink).
 */
export const findAnsweredLink = async (token: string) => {
  if (!looksLikeLinkToken(token)) return null;
  const workflow = await db().workflow.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { id: true, status: true } });
  if (!workflow || (workflow.status !== "COMPLETED" && workflow.status !== "DECLINED")) return null;
  return { workflowId: workflow.id };
};
