import { AsyncLocalStorage } from "node:async_hooks";
import { Prisma } from "@/server/generated/prisma/client";
import { encrypt } from "@/server/auth/encryption";
import { newId } from "@/server/db/new-id";
import { IDEMPOTENCY_TTL_MS } from "./idempotency-record-state";

// The Idempotency-Key of the request being served, if it sent one. The REST wrapper opens the
// scope; the unit of work that does the request's work writes the record, with the response, in
// its own transaction (stageIdempotentReply). Services never see it: they keep taking plain input.

export type IdempotentReply = { status: number; body: unknown };

export type IdempotencyScope = {
  businessId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  /** The response the request gives for the value its unit of work returns. */
  reply: (value: unknown) => IdempotentReply;
  /** Set once a unit of work has written the record: what the request answers, and every retry too. */
  staged?: IdempotentReply;
};

/** The same key was committed by a concurrent request while this one worked: its work rolled back. */
export class IdempotencyKeyTaken extends Error {}

const scopes = new AsyncLocalStorage<IdempotencyScope>();

export const runIdempotent = <T>(scope: IdempotencyScope, work: () => Promise<T>) => scopes.run(scope, work);

/** The scope of the request being served, if it has one and no unit of work has used it yet. */
export const openIdempotencyScope = () => {
  const scope = scopes.getStore();
  return scope && !scope.staged ? scope : undefined;
};

/** A response is stored sealed: it can hold what is shown only once (a passcode, a secret). */
const sealReply = (body: unknown) => JSON.stringify({ sealed: encrypt(JSON.stringify(body)) });

/**
 * The INSERT of the record. A live record of the same key makes it insert nothing (the caller
 * then knows a concurrent request won); an expired one is taken over.
 */
export const insertIdempotencyRecordStatement = (
  scope: IdempotencyScope,
  reply: IdempotentReply,
  now = new Date(),
) => Prisma.sql`
  INSERT INTO "IdempotencyRecord" ("id", "businessId", "key", "method", "path", "requestHash", "responseStatus", "responseBody", "createdAt", "expiresAt")
  VALUES (${newId()}, ${scope.businessId}, ${scope.key}, ${scope.method}, ${scope.path}, ${scope.requestHash}, ${reply.status}, ${sealReply(reply.body)}::jsonb,
    ${now.toISOString()}::timestamp(3), ${new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString()}::timestamp(3))
  ON CONFLICT ("businessId", "key") DO UPDATE SET
    "id" = EXCLUDED."id", "method" = EXCLUDED."method", "path" = EXCLUDED."path", "requestHash" = EXCLUDED."requestHash",
    "responseStatus" = EXCLUDED."responseStatus", "responseBody" = EXCLUDED."responseBody", "createdAt" = EXCLUDED."createdAt", "expiresAt" = EXCLUDED."expiresAt"
  WHERE "IdempotencyRecord"."expiresAt" <= EXCLUDED."createdAt"
  RETURNING "id"`;

/**
 * Called by the unit of work before it commits, with the value it returns: writes the request's
 * record and response in the same transaction. If a concurrent request with the same key
 * committed first, throws IdempotencyKeyTaken and the work rolls back, so it never runs twice.
 */
export const stageIdempotentReply = async (run: (statement: Prisma.Sql) => Promise<unknown[]>, value: unknown) => {
  const scope = openIdempotencyScope();
  if (!scope) return;
  const reply = scope.reply(value);
  const inserted = await run(insertIdempotencyRecordStatement(scope, reply));
  if (inserted.length === 0) throw new IdempotencyKeyTaken();
  scope.staged = reply;
};

/** Marks the scope's record as written by a statement of the caller's own (the REST create). */
export const markIdempotentReplyStaged = (scope: IdempotencyScope, reply: IdempotentReply) => {
  scope.staged = reply;
};
