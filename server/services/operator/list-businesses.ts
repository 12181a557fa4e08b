import "server-only";
import { db } from "@/server/db";

export type BusinessListing = {
  id: string;
  slug: string;
  name: string;
  createdAt: Date;
  owners: string[];
  invitedOwners: string[];
};

/** Every business with its owners' emails and the owners invited but not yet joined, oldest first: for the operator, across tenants. */
export const listBusinesses = async (): Promise<BusinessListing[]> => {
  const businesses = await db().business.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      memberships: {
        where: { role: "OWNER" },
        orderBy: { createdAt: "asc" },
        select: { user: { select: { email: true } } },
      },
      invitations: {
        where: { role: "OWNER", acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "asc" },
        select: { email: true },
      },
    },
  });
  return businesses.map(({ memberships, invitations, ...business }) => ({
    ...business,
    owners: memberships.map((m) => m.user.email),
    invitedOwners: invitations.map((i) => i.email),
  }));
};
