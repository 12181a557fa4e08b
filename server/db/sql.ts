import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/server/generated/prisma/client";
import { env } from "@/server/env";
import { pool } from "./pool";

// Hand-written SQL for the hot paths (the REST create, the job runner, webhook delivery), sent
// straight through node-postgres: Prisma 6 compiles even a raw query in its engine on every call,
// and that compile cost more CPU than the statement. Statements are still written with Prisma's
// `Prisma.sql` template (parameters, never string concatenation), so any of them can also run
// inside a Prisma transaction with `tx.$queryRaw(statement)`.

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

// The schema keeps UTC in `timestamp without time zone` (Prisma's convention); read it as UTC,
// whatever the process's time zone.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

export type Queryable = Pick<pg.Pool, "query"> | Pick<pg.PoolClient, "query">;

// Each statement is prepared once per connection under a name made from its text, so PostgreSQL
// parses and plans it once and then only binds and executes (measured: the REST create's statement
// cost the server 1.16 ms of CPU unnamed, 0.56 ms prepared). The hot paths build their statements
// from a handful of fixed shapes; past MAX_PREPARED distinct texts a statement runs unnamed, so an
// unexpected variety of texts cannot fill the server's memory. DATABASE_PREPARED_STATEMENTS=false
// turns it off: the embedded database (one session under every connection) and a pooler without
// prepared statements (PgBouncer before 1.21, or without max_prepared_statements) need that.
const MAX_PREPARED = 200;
const preparedNames = new Map<string, string>();

const preparedName = (text: string) => {
  if (!env().DATABASE_PREPARED_STATEMENTS) return undefined;
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `linx_${createHash("sha1").update(text).digest("base64url")}`;
    preparedNames.set(text, name);
  }
  return name;
};

/** Runs one statement on the pool (or a client in a transaction) and returns its rows. */
export const sql = async <T>(statement: Prisma.Sql, on: Queryable = pool()): Promise<T[]> => {
  const text = statement.text; // a getter that joins the statement's parts anew on every read
  return (
    await on.query<T & pg.QueryResultRow>({
      name: preparedName(text),
      text,
      values: statement.values as unknown[],
      types,
    })
  ).rows;
};

/** Runs `work` in a transaction on one connection of the pool. */
export const sqlTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
};
