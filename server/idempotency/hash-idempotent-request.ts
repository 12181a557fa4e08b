import { sha256Hex } from "@/server/auth/tokens";

export type IdempotentRequest = { method: string; path: string; body: string };

/** What "the same request" means: same method, same path (with query) and byte-identical body. */
export const hashIdempotentRequest = ({ method, path, body }: IdempotentRequest) =>
  sha256Hex(`${method.toUpperCase()} ${path}\n${body}`);
