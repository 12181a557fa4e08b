import "server-only";
import { Prisma } from "@/server/generated/prisma/client";

// Keyset pagination over (a date column, id), forwards and backwards. A page after a position is
// read in the list's order from there; a page before a position is read in the opposite order
// from there and flipped, so both cost one index range however deep the page is. The id breaks
// ties on the date, so no row is skipped or shown twice when many share a date.

export type SortDirection = "asc" | "desc";
export type KeysetOrder<F extends string = string> = { field: F; direction: SortDirection };

/** A row's place in an order: its sort column's value and its id. */
export type Position = { value: Date; id: string };

/** Where a page starts: right after a position, right before one, or (neither) at the top. */
export type PageBound = { after?: Position; before?: Position };

export type KeysetPage<T> = { items: T[]; next: Position | null; previous: Position | null };

const flip = (direction: SortDirection): SortDirection => (direction === "asc" ? "desc" : "asc");

/** The order to read rows in and the position to read from, for a page in `order` bounded by `bound`. */
export const keysetRead = <F extends string>(
  order: KeysetOrder<F>,
  { after, before }: PageBound,
): { order: KeysetOrder<F>; from?: Position } =>
  before ? { order: { field: order.field, direction: flip(order.direction) }, from: before } : { order, from: after };

/**
 * Prisma `where` for the rows strictly beyond `from` in `order`. The first condition repeats the
 * date bound on its own, so the planner starts an index range there instead of filtering every
 * row before it.
 */
export const keysetWhere = <F extends string>({ field, direction }: KeysetOrder<F>, from?: Position) => {
  if (!from) return {};
  const beyond = direction === "desc" ? "lt" : "gt";
  const upTo = direction === "desc" ? "lte" : "gte";
  return {
    AND: [
      { [field]: { [upTo]: from.value } },
      { OR: [{ [field]: { [beyond]: from.value } }, { [field]: from.value, id: { [beyond]: from.id } }] },
    ],
  };
};

/** The same condition as SQL, for a query written by hand; `column` is a trusted column reference. */
export const keysetSql = (column: Prisma.Sql, direction: SortDirection, from?: Position): Prisma.Sql => {
  if (!from) return Prisma.sql`TRUE`;
  const [beyond, upTo] =
    direction === "desc" ? [Prisma.raw("<"), Prisma.raw("<=")] : [Prisma.raw(">"), Prisma.raw(">=")];
  return Prisma.sql`${column} ${upTo} ${from.value} AND (${column} ${beyond} ${from.value} OR (${column} = ${from.value} AND id ${beyond} ${from.id}))`;
};

/**
 * A page from rows read by keysetRead (one more than `limit`, its presence meaning "more this
 * way"), in the list's order, with the positions of the pages either side (null when none).
 */
export const toKeysetPage = <T>(
  rows: T[],
  { limit, after, before }: PageBound & { limit: number },
  positionOf: (row: T) => Position,
): KeysetPage<T> => {
  const more = rows.length > limit;
  const items = before ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const first = items[0];
  const last = items.at(-1);
  // Reading forwards from `after`, that row and those before it are behind; backwards, `before` is ahead.
  const hasNext = before ? true : more;
  const hasPrevious = before ? more : Boolean(after);
  return {
    items,
    next: hasNext && last ? positionOf(last) : null,
    previous: hasPrevious && first ? positionOf(first) : null,
  };
};
