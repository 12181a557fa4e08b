import { z } from "zod";
import { AppError } from "@/server/errors";
import type { Page, PagePosition, PageRequest } from "@/server/services/pagination/keyset-page";

// Cursor pagination: `?limit=1..100` (default 20) and `?cursor=` taken from the previous page's
// `pagination.nextCursor`. The cursor is opaque to clients: base64url of the last row's
// [createdAt, id], the same keys the list is ordered by.

export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: "Items per page, 1 to 100." }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .meta({ description: "`pagination.nextCursor` of the previous page; omit for the first page." }),
});

const Pagination = z
  .object({
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` to get the next page; null on the last page." }),
    hasMore: z.boolean(),
  })
  .meta({ id: "Pagination" });

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), pagination: Pagination });

const position = z.tuple([z.iso.datetime(), z.string().min(1).max(64)]);

export const encodeCursor = ({ createdAt, id }: PagePosition) =>
  Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");

export const decodeCursor = (cursor: string): PagePosition => {
  const invalid = new AppError(
    "BAD_REQUEST",
    "The cursor is not valid; use pagination.nextCursor from the previous page",
    { field: "cursor" },
  );
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid;
  try {
    const [createdAt, id] = position.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { createdAt: new Date(createdAt), id };
  } catch {
    throw invalid;
  }
};

export const toPageRequest = ({ limit, cursor }: z.output<typeof paginationQuery>): PageRequest => ({
  limit,
  after: cursor === undefined ? undefined : decodeCursor(cursor),
});

/** The response body of a list: items shaped by `toDto`, and where to continue. */
export const pageBody = <T extends PagePosition, U>({ items, hasMore }: Page<T>, toDto: (item: T) => U) => {
  const last = items.at(-1);
  return { data: items.map(toDto), pagination: { nextCursor: hasMore && last ? encodeCursor(last) : null, hasMore } };
};
