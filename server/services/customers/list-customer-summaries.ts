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

export type ListCustomerSummariesInput = { businessId: string; filters: CustomerFilters; page: PageRequest };

const SUMMARY_SELECT = {
  id: true,
  status: true,
  firstName: true,
  lastName: true,
  email: true,
  phoneNumber: true,
  createdAt: true,
} as const;

/**
 * One page of the Portal's customer list, newest first, each with how many workflows it has.
 * The counts are one grouped query over the page's ids, not a `_count` join, which Prisma
 * computes by grouping every workflow of the table.
 */
export const listCustomerSummaries = async ({ businessId, filters, page }: ListCustomerSummariesInput) => {
  const rows = await db().customer.findMany({
    where: { AND: [...customerFilterWhere(businessId, filters), keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: SUMMARY_SELECT,
  });
  const { items, hasMore } = toPage(rows, page);
  const counts = items.length
    ? await db().workflow.groupBy({
        by: ["customerId"],
        where: { businessId, customerId: { in: items.map((customer) => customer.id) } },
        _count: { _all: true },
      })
    : [];
  const workflows = new Map(counts.map((row) => [row.customerId, row._count._all]));
  return { items: items.map((customer) => ({ ...customer, workflowCount: workflows.get(customer.id) ?? 0 })), hasMore };
};
