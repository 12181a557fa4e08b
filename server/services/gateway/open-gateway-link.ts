import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { hashLinkToken, looksLikeLinkToken } from "@/server/auth/link-token";
import { normalizeLocale, type Locale } from "@/server/i18n/locales";
import type { Actor } from "@/server/services/actor";
import { auditStatement } from "@/server/services/audit/record-audit";
import { GATEWAY_VIEW_SELECT, toGatewayView, type GatewayView } from "./get-gateway-view";
import { decideAccess, LINK_SELECT, type GatewayAccess, type LinkProof } from "./read-gateway-link";

type Shown = Extract<GatewayAccess, { kind: "open" | "answered" }>;

/** A Gateway page: who may see what (the access decision), in which language, and the screen's view when they may see it. */
export type OpenedLink = { locale: Locale | null } & (Exclude<GatewayAccess, Shown> | (Shown & { view: GatewayView }));

/**
 * The first visit to a live link, recorded with its audit entry (the dashboard's activity feed
 * reads it) in one statement: the conditional update is the claim, so two first visits at once
 * write one entry.
 */
const recordFirstOpen = async ({
  workflowId,
  businessId,
  actor,
}: {
  workflowId: string;
  businessId: string;
  actor: Actor;
}) => {
  const now = new Date().toISOString();
  await db().$executeRaw(Prisma.sql`
    WITH opened AS (
      UPDATE "Workflow" SET "openedAt" = ${now}::timestamp(3), "updatedAt" = ${now}::timestamp(3)
      WHERE "id" = ${workflowId} AND "openedAt" IS NULL RETURNING "id"
    )
    ${auditStatement({ businessId, actor, action: "workflow.opened", targetType: "Workflow", targetId: workflowId }, Prisma.sql`EXISTS (SELECT 1 FROM opened)`)}`);
};

/**
 * One view of a Gateway page: one read of the link's row with everything its screen shows, the
 * access decision (readGatewayLink's), the first visit recorded when the link had never been
 * opened (later visits write nothing), and the view only when this browser may see it.
 */
export const openGatewayLink = async ({
  token,
  proof,
  actor,
}: {
  token: string;
  proof: LinkProof;
  actor: Actor;
}): Promise<OpenedLink> => {
  const row = looksLikeLinkToken(token)
    ? await db().workflow.findUnique({
        where: { tokenHash: hashLinkToken(token) },
        select: { ...LINK_SELECT, ...GATEWAY_VIEW_SELECT },
      })
    : null;
  if (!row) return { locale: null, kind: "unknown" };
  const access = decideAccess(row, proof);
  const locale = normalizeLocale(row.locale);
  const live = access.kind === "open" || access.kind === "passcode" || access.kind === "sms-code";
  if (live && row.openedAt === null) await recordFirstOpen({ workflowId: row.id, businessId: row.businessId, actor });
  if (access.kind === "open" || access.kind === "answered")
    return { locale, ...access, view: await toGatewayView(row) };
  return { locale, ...access };
};
