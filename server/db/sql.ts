import pg from "pg";
import type { Prisma } from "../generated/prisma/client";
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
    oid === TIMESTAMP_WITHOUT_TIME_ZONE ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

export type Queryable = Pick<pg.Pool, "query"> | Pick<pg.PoolClient, "query">;

/** Runs one statement on the pool (or a client in a transaction) and returns its rows. */
export const sql = async <T>(statement: Prisma.Sql, on: Queryable = pool()): Promise<T[]> =>
  (await on.query<T & pg.QueryResultRow>({ text: statement.text, values: statement.values as unknown[], types })).rows;

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
