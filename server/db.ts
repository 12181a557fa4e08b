import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// One client per process (kept on globalThis so dev hot reload does not open new pools).
const globalForPrisma = globalThis as unknown as { linxPrisma?: PrismaClient };

const createClient = () => {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL) throw new Error("Invalid environment: DATABASE_URL is required by the server (npm start sets it for the embedded database)");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX }) });
};

export const db = (): PrismaClient => (globalForPrisma.linxPrisma ??= createClient());

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
