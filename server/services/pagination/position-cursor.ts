import "server-only";
import { z } from "zod";
import { AppError } from "@/server/errors";
import type { Position } from "./keyset";

// An opaque cursor for lists ordered by (a date column, id): base64url of [iso date, id].

const ZPosition = z.tuple([z.iso.datetime(), z.string().min(1).max(64)]);

export const encodePosition = ({ value, id }: Position) =>
  Buffer.from(JSON.stringify([value.toISOString(), id])).toString("base64url");

export const decodePosition = (cursor: string): Position => {
  const invalid = new AppError("BAD_REQUEST", "The page cursor is not valid; start again from the first page", {
    field: "cursor",
  });
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(cursor)) throw invalid;
  try {
    const [value, id] = ZPosition.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { value: new Date(value), id };
  } catch {
    throw invalid;
  }
};
