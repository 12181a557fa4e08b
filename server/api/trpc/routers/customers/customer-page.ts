import { z } from "zod";
import type { Page, PagePosition, PageRequest } from "@/server/services/pagination/keyset-page";
import { decodePosition, encodePosition } from "@/server/services/pagination/position-cursor";

// The paging of the customer procedures: a page size, and an opaque cursor (the last row's
// createdAt and id) that a bad value turns into BAD_REQUEST, never a 500.

export const ZPageInput = {
  cursor: z.string().max(300).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
};

export const toPageRequest = ({ cursor, limit }: { cursor?: string | null; limit: number }): PageRequest => {
  if (!cursor) return { limit };
  const { value, id } = decodePosition(cursor);
  return { limit, after: { createdAt: value, id } };
};

export const nextCursorOf = ({ items, hasMore }: Page<PagePosition>) => {
  const last = items.at(-1);
  return hasMore && last ? encodePosition({ value: last.createdAt, id: last.id }) : null;
};
