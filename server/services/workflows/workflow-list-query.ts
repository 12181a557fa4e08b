import type { Prisma } from "../../generated/prisma/client";
import type { WorkflowStatus } from "../../generated/prisma/enums";

// The filters, order and keyset of every workflow list (REST, Portal, CSV export), in one place so
// they cannot drift. Each order reads one index: (businessId, <column>, id); see the report in
// list-workflows for which ones exist.

export const WORKFLOW_SORT_FIELDS = ["createdAt", "updatedAt", "expireAt"] as const;
export type WorkflowSortField = (typeof WORKFLOW_SORT_FIELDS)[number];
export type SortDirection = "asc" | "desc";
export type WorkflowOrder = { field: WorkflowSortField; direction: SortDirection };

export const NEWEST_FIRST: WorkflowOrder = { field: "createdAt", direction: "desc" };

/** Where a page ends: the sort column's value and the id that breaks ties. */
export type WorkflowPosition = { value: Date; id: string };

export type WorkflowFilters = {
  status?: WorkflowStatus;
  /** A workflow id, a phone number (digits are enough), words of the title or of the customer's name. */
  search?: string;
  createdFrom?: Date;
  createdTo?: Date;
  templateId?: string;
};

const E164 = /^\+\d{8,15}$/;

const nameWords = (search: string): Prisma.WorkflowWhereInput[] =>
  search
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((word) => ({
      OR: [
        { customer: { firstName: { contains: word, mode: "insensitive" } } },
        { customer: { lastName: { contains: word, mode: "insensitive" } } },
      ],
    }));

const searchWhere = (search: string): Prisma.WorkflowWhereInput => {
  const compact = search.replace(/[\s().-]/g, "");
  // A whole number in E.164 reads the (businessId, phoneNumber) index instead of scanning.
  if (E164.test(compact)) return { phoneNumber: compact };
  const digits = search.replace(/[^\d]/g, "");
  return {
    OR: [
      { id: search },
      ...(digits.length >= 4 ? [{ phoneNumber: { contains: digits } }] : []),
      { title: { contains: search, mode: "insensitive" as const } },
      ...(digits.length === 0 ? [{ AND: nameWords(search) }] : []),
    ],
  };
};

export const workflowFilterWhere = (businessId: string, { status, search, createdFrom, createdTo, templateId }: WorkflowFilters): Prisma.WorkflowWhereInput[] => [
  { businessId },
  status ? { status } : {},
  createdFrom || createdTo ? { createdAt: { gte: createdFrom, lt: createdTo } } : {},
  templateId ? { templateVersion: { templateId } } : {},
  search?.trim() ? searchWhere(search.trim()) : {},
];

/** Rows strictly after `after` in `order`: (column, id) compared as a pair. */
export const workflowKeysetWhere = ({ field, direction }: WorkflowOrder, after?: WorkflowPosition): Prisma.WorkflowWhereInput => {
  if (!after) return {};
  const beyond = direction === "desc" ? "lt" : "gt";
  return { OR: [{ [field]: { [beyond]: after.value } }, { [field]: after.value, id: { [beyond]: after.id } }] };
};

export const workflowOrderBy = ({ field, direction }: WorkflowOrder): Prisma.WorkflowOrderByWithRelationInput[] => [{ [field]: direction }, { id: direction }];

export type WorkflowListQuery = { businessId: string; filters: WorkflowFilters; order?: WorkflowOrder; limit: number; after?: WorkflowPosition };

/** findMany arguments for one page, asking one row more than the page: its presence is `hasMore`. */
export const workflowPageArgs = ({ businessId, filters, order = NEWEST_FIRST, limit, after }: WorkflowListQuery) => ({
  where: { AND: [...workflowFilterWhere(businessId, filters), workflowKeysetWhere(order, after)] },
  orderBy: workflowOrderBy(order),
  take: limit + 1,
});

/** The page's items, and where the next page starts (null on the last page). */
export const toWorkflowPage = <T extends { id: string } & Record<WorkflowSortField, Date>>(rows: T[], { limit, order = NEWEST_FIRST }: Pick<WorkflowListQuery, "limit" | "order">) => {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next: WorkflowPosition | null = rows.length > limit && last ? { value: last[order.field], id: last.id } : null;
  return { items, next };
};
