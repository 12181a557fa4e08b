import "server-only";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { customerFilterWhere, type CustomerFilters } from "./customer-list-query";
import { CUSTOMER_SELECT } from "./customer-view";

export type ListCustomersInput = CustomerFilters & { businessId: string; page: PageRequest };

/** One page of the business's customers, newest first. */
export const listCustomers = async ({ businessId, page, ...filters }: ListCustomersInput) => {
  const rows = await db().customer.findMany({
    where: { AND: [...customerFilterWhere(businessId, filters), keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: CUSTOMER_SELECT,
  });
  return toPage(rows, page);
};
