import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";
import { pool } from "@/server/db/pool";

// One client per process (kept on globalThis so dev hot reload does not open new pools). It runs
// on the same pg pool as the hand-written SQL of the hot paths (server/db/sql.ts), so the process
// holds DATABASE_POOL_MAX connections in all, whichever layer asks.
const globalForPrisma = globalThis as unknown as { linxPrisma?: PrismaClient };

export const db = (): PrismaClient =>
  (globalForPrisma.linxPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) }));

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
