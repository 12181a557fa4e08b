import "server-only";
import type { ApiKeyMode } from "@/server/generated/prisma/enums";
import { randomToken, sha256Hex } from "@/server/auth/tokens";

export const API_KEY_PREFIX: Record<ApiKeyMode, string> = { SANDBOX: "lx_test_", LIVE: "lx_live_" };

export const generateApiKey = (mode: ApiKeyMode) => `${API_KEY_PREFIX[mode]}${randomToken(32)}`;

export const hashApiKey = (key: string) => sha256Hex(key);
