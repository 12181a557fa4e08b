import "server-only";
import type { MembershipSummary } from "@/server/services/businesses/list-memberships";

/** Remembers which business a staff user with several is working in. A preference, not a credential. */
export const ACTIVE_BUSINESS_COOKIE = "linx-business";

/** The chosen business if the user is still a member of it, else their first one. */
export const pickActiveBusiness = (
  memberships: MembershipSummary[],
  chosenId: string | undefined,
): MembershipSummary | null => memberships.find((m) => m.businessId === chosenId) ?? memberships[0] ?? null;
