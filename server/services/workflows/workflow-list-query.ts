import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { WorkflowStatus } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";
import {
  keysetRead,
  keysetSql,
  toKeysetPage,
  type KeysetOrder,
  type PageBound,
  type Position,
} from "@/server/services/pagination/keyset";

// The filters, search, order and keyset of every workflow list (REST, Portal, CSV export), in one
// place so they cannot drift. One SQL statement finds the ids of a page; callers then load the
// rows they show. It is SQL, not a Prisma `where`, for the search: an OR of the title, the phone
// number and the customer's name (another table) can use no index at all, so each alternative is
// read on its own, through its own index, and the page is the union of their pages.
// scripts/bench-workflow-list.ts measures every variant over a million workflows.

const WORKFLOW_SORT_FIELDS = ["createdAt", "updatedAt", "expireAt"] as const;
export type WorkflowSortField = (typeof WORKFLOW_SORT_FIELDS)[number];
export type WorkflowOrder = KeysetOrder<WorkflowSortField>;

const NEWEST_FIRST: WorkflowOrder = { field: "createdAt", direction: "desc" };

export type WorkflowFilters = {
  status?: WorkflowStatus;
  /** A workflow id, a phone number (digits are enough), words of the title or of the customer's name. */
  search?: string;
  createdFrom?: Date;
  createdTo?: Date;
  templateId?: string;
  /** One customer's workflows (the Portal's customer page). */
  customerId?: string;
};

export type WorkflowListQuery = PageBound & {
  businessId: string;
  filters: WorkflowFilters;
  order?: WorkflowOrder;
  limit: number;
};

const COLUMNS: Record<WorkflowSortField, Prisma.Sql> = {
  createdAt: Prisma.raw('"createdAt"'),
  updatedAt: Prisma.raw('"updatedAt"'),
  expireAt: Prisma.raw('"expireAt"'),
};
const E164 = /^\+\d{8,15}$/;
const MAX_NAME_WORDS = 4;

/** `%text%` for LIKE, with LIKE's own wildcards in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/** The alternatives a search matches, each one condition that an index can answer. */
const searchAlternatives = (businessId: string, search: string): Prisma.Sql[] => {
  const compact = search.replace(/[\s().-]/g, "");
  // A whole number in E.164 reads the (businessId, phoneNumber) index.
  if (E164.test(compact)) return [Prisma.sql`"phoneNumber" = ${compact}`];
  const digits = search.replace(/\D/g, "");
  const words = search.split(/\s+/).filter(Boolean).slice(0, MAX_NAME_WORDS);
  const nameMatches = (word: string) =>
    Prisma.sql`("firstName" ILIKE ${containing(word)} OR "lastName" ILIKE ${containing(word)})`;
  return [
    Prisma.sql`id = ${search}`,
    Prisma.sql`title ILIKE ${containing(search)}`,
    ...(digits.length >= 4 ? [Prisma.sql`"phoneNumber" LIKE ${containing(digits)}`] : []),
    ...(digits.length === 0
      ? [
          Prisma.sql`"customerId" IN (SELECT id FROM "Customer" WHERE "businessId" = ${businessId} AND ${Prisma.join(words.map(nameMatches), " AND ")})`,
        ]
      : []),
  ];
};

const filterConditions = (
  businessId: string,
  { status, createdFrom, createdTo, templateId, customerId }: WorkflowFilters,
): Prisma.Sql[] => [
  Prisma.sql`"businessId" = ${businessId}`,
  ...(customerId ? [Prisma.sql`"customerId" = ${customerId}`] : []),
  ...(status ? [Prisma.sql`status = ${status}::"WorkflowStatus"`] : []),
  ...(createdFrom ? [Prisma.sql`"createdAt" >= ${createdFrom}`] : []),
  ...(createdTo ? [Prisma.sql`"createdAt" < ${createdTo}`] : []),
  ...(templateId
    ? [Prisma.sql`"templateVersionId" IN (SELECT id FROM "WorkflowTemplateVersion" WHERE "templateId" = ${templateId})`]
    : []),
];

/** The SQL of one page of ids and sort values, one row more than `limit` (its presence: more this way). */
const workflowPageSql = ({
  businessId,
  filters,
  order = NEWEST_FIRST,
  limit,
  after,
  before,
}: WorkflowListQuery): Prisma.Sql => {
  const read = keysetRead(order, { after, before });
  const column = COLUMNS[read.order.field];
  const direction = Prisma.raw(read.order.direction === "desc" ? "DESC" : "ASC");
  const base = [...filterConditions(businessId, filters), keysetSql(column, read.order.direction, read.from)];
  const search = filters.search?.trim();
  const alternatives = search ? searchAlternatives(businessId, search) : [Prisma.sql`TRUE`];
  const page = (condition: Prisma.Sql) =>
    Prisma.sql`SELECT id, ${column} AS value FROM "Workflow" WHERE ${Prisma.join([...base, condition], " AND ")} ORDER BY ${column} ${direction}, id ${direction} LIMIT ${limit + 1}`;
  if (alternatives.length === 1) return page(alternatives[0]!);
  return Prisma.sql`SELECT id, value FROM (${Prisma.join(
    alternatives.map((condition) => Prisma.sql`(${page(condition)})`),
    " UNION ",
  )}) AS found
    ORDER BY value ${direction}, id ${direction} LIMIT ${limit + 1}`;
};

/** The ids of one page in the list's order, and the positions of the pages either side. */
export const readWorkflowPage = async (query: WorkflowListQuery) => {
  const rows = await db().$queryRaw<Position[]>(workflowPageSql(query));
  const { items, next, previous } = toKeysetPage(rows, query, (row) => row);
  return { ids: items.map((row) => row.id), next, previous };
};

/** `rows` in the order of `ids` (a query by ids returns them in no particular order). */
export const inPageOrder = <T extends { id: string }>(ids: string[], rows: T[]) => {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};
