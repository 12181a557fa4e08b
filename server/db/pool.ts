import "server-only";
import pg from "pg";
import { env } from "@/server/env";
import { logger } from "@/server/observability/logger";

// The process's one pool of PostgreSQL connections, shared by Prisma (its driver adapter takes a
// pool) and by the hand-written statements of the hot paths (./sql.ts).
const globalForPool = globalThis as unknown as { linxPool?: pg.Pool };

const createPool = () => {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL)
    throw new Error(
      "Invalid environment: DATABASE_URL is required by the server (npm start sets it for the embedded database)",
    );
  const created = new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX });
  // An idle connection the server closed (a restart, a failover) must not crash the process.
  created.on("error", (error) => logger("db").error({ err: error }, "idle connection lost"));
  return created;
};

export const pool = (): pg.Pool => (globalForPool.linxPool ??= createPool());

/** Closes the pool (tests, scripts, shutdown). The next pool() opens a new one. */
export const closePool = async () => {
  const current = globalForPool.linxPool;
  globalForPool.linxPool = undefined;
  await current?.end();
};
