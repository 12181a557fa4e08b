import type { Prisma } from "../../generated/prisma/client";
import type { CustomerStatus } from "../../generated/prisma/enums";
import { db } from "../../db";
import { KEYSET_ORDER, keysetTake, keysetWhere, toPage, type PageRequest } from "../pagination/keyset-page";
import { CUSTOMER_SELECT } from "./customer-view";

export type ListCustomersInput = {
  businessId: string;
  page: PageRequest;
  status?: CustomerStatus;
  /** A customer id, a phone number (digits are enough), or words of the name or email. */
  search?: string;
};

const searchWhere = (search: string): Prisma.CustomerWhereInput => {
  const digits = search.replace(/[^\d]/g, "");
  const words = search.split(/\s+/).filter(Boolean).slice(0, 5);
  const contains = (word: string) => ({ contains: word, mode: "insensitive" as const });
  return {
    OR: [
      { id: search },
      ...(digits.length >= 4 ? [{ phoneNumber: { contains: digits } }] : []),
      { AND: words.map((word) => ({ OR: [{ firstName: contains(word) }, { lastName: contains(word) }, { email: contains(word) }] })) },
    ],
  };
};

/** One page of the business's customers, newest first. */
export const listCustomers = async ({ businessId, page, status, search }: ListCustomersInput) => {
  const rows = await db().customer.findMany({
    where: { AND: [{ businessId }, status ? { status } : {}, search?.trim() ? searchWhere(search.trim()) : {}, keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: CUSTOMER_SELECT,
  });
  return toPage(rows, page);
};
