import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { CustomerStatus } from "@/server/generated/prisma/enums";

// The filters of every customer list (REST and Portal), in one place so they cannot drift. Each
// condition is on a Customer column: no OR reaches into another table, so the name and email
// conditions can read trigram indexes and the phone number its (businessId, phoneNumber) index.

export type CustomerFilters = {
  status?: CustomerStatus;
  /** A customer id, a phone number (digits are enough), or words of the name or email. */
  search?: string;
};

const E164 = /^\+\d{8,15}$/;

const contains = (word: string) => ({ contains: word, mode: "insensitive" as const });

const searchWhere = (search: string): Prisma.CustomerWhereInput => {
  const compact = search.replace(/[\s().-]/g, "");
  // A whole number in E.164 is an equality on the indexed column, not a scan.
  if (E164.test(compact)) return { phoneNumber: compact };
  const digits = compact.replace(/\D/g, "");
  // Only a search made of phone characters looks in phone numbers: an id or an email with digits
  // in it would otherwise add a condition no index of the name and email columns can answer.
  const phoneLike = /^\+?\d{4,}$/.test(compact);
  const words = search.split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    OR: [
      { id: search },
      ...(phoneLike ? [{ phoneNumber: { contains: digits } }] : []),
      {
        AND: words.map((word) => ({
          OR: [{ firstName: contains(word) }, { lastName: contains(word) }, { email: contains(word) }],
        })),
      },
    ],
  };
};

export const customerFilterWhere = (
  businessId: string,
  { status, search }: CustomerFilters,
): Prisma.CustomerWhereInput[] => [
  { businessId },
  status ? { status } : {},
  search?.trim() ? searchWhere(search.trim()) : {},
];
