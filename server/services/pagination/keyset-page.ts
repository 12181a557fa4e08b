import "server-only";
import { keysetWhere as beyond } from "./keyset";

// Keyset pagination over (createdAt desc, id desc), the order of the
// `@@index([businessId, createdAt(sort: Desc), id])` indexes. Unlike offsets, a page never
// repeats or skips a row when rows are added while a client walks the list. The condition is
// keyset.ts's, for lists that only ever go forwards.

export type PagePosition = { createdAt: Date; id: string };

export type PageRequest = { limit: number; after?: PagePosition };

export type Page<T> = { items: T[]; hasMore: boolean };

export const KEYSET_ORDER = [{ createdAt: "desc" }, { id: "desc" }] as const satisfies ReadonlyArray<
  Record<string, "asc" | "desc">
>;

/** The rows strictly after `after` in KEYSET_ORDER; combine with the tenant filter under `AND`. */
export const keysetWhere = ({ after }: PageRequest) =>
  beyond({ field: "createdAt", direction: "desc" }, after && { value: after.createdAt, id: after.id });

/** Ask for one row more than the page holds: its presence is `hasMore`. */
export const keysetTake = ({ limit }: PageRequest) => limit + 1;

export const toPage = <T>(rows: T[], { limit }: PageRequest): Page<T> => ({
  items: rows.slice(0, limit),
  hasMore: rows.length > limit,
});
