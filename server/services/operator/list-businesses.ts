import { db } from "../../db";

export type BusinessListing = { id: string; slug: string; name: string; createdAt: Date; owners: string[] };

/** Every business with its owners' emails, oldest first: for the operator, across tenants. */
export const listBusinesses = async (): Promise<BusinessListing[]> => {
  const businesses = await db().business.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, createdAt: true, memberships: { where: { role: "OWNER" }, orderBy: { createdAt: "asc" }, select: { user: { select: { email: true } } } } },
  });
  return businesses.map(({ memberships, ...business }) => ({ ...business, owners: memberships.map((m) => m.user.email) }));
};
