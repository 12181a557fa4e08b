import "server-only";
import type { ApiKeyMode } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { API_KEY_PREFIX } from "./api-key-format";

// What staff see of a key: never the key or its hash, only the prefix and the last four characters.

export const API_KEY_SELECT = {
  id: true,
  name: true,
  mode: true,
  lastFour: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

type ApiKeyRow = {
  id: string;
  name: string;
  mode: ApiKeyMode;
  lastFour: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export const toApiKeyView = (row: ApiKeyRow) => ({ ...row, prefix: API_KEY_PREFIX[row.mode] });

/** The same 404 whether the key never existed or belongs to another business. */
export const apiKeyNotFound = () => new AppError("NOT_FOUND", "API key not found");
