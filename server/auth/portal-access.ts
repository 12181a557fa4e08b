import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Role } from "@/server/generated/prisma/enums";
import { listMemberships, type MembershipSummary } from "@/server/services/businesses/list-memberships";
import { ACTIVE_BUSINESS_COOKIE, pickActiveBusiness } from "./active-business";
import { SIGN_IN_PATH } from "./config";
import { hasRole } from "@/server/contracts/team/roles";
import { getSessionUser, type SessionUser } from "./session-user";

export type PortalContext = { user: SessionUser; memberships: MembershipSummary[]; active: MembershipSummary | null };

export type PortalAccess = PortalContext & { active: MembershipSummary };

const NO_ACCESS_PATH = "/portal/no-access";

/**
 * The signed-in user, their businesses and the active one; loaded once per request. Null without
 * a session.
 */
export const loadPortalContext = cache(async (): Promise<PortalContext | null> => {
  const user = await getSessionUser();
  if (!user) return null;
  const memberships = await listMemberships({ userId: user.id });
  const chosen = (await cookies()).get(ACTIVE_BUSINESS_COOKIE)?.value;
  return { user, memberships, active: pickActiveBusiness(memberships, chosen) };
});

export const signInRedirectPath = (path: string) => `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(path)}`;

/** Signed in (else to the sign-in page, and back here after). */
export const requirePortalUser = async (path: string): Promise<PortalContext> => {
  const portal = await loadPortalContext();
  if (portal) return portal;
  redirect(signInRedirectPath(path));
};

/**
 * Every Portal page.tsx calls this (authorization in the page, not only in the layout, which Next does not run again on every navigation):
 * signed in, a member of the active business, with at least `minRole` there.
 */
export const requirePortalAccess = async (path: string, minRole: Role): Promise<PortalAccess> => {
  const portal = await requirePortalUser(path);
  const { active } = portal;
  if (!active) redirect(NO_ACCESS_PATH);
  if (!hasRole(active.role, minRole)) redirect(`${NO_ACCESS_PATH}?need=${minRole}`);
  return { ...portal, active };
};
