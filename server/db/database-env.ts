import "server-only";
import type { Env } from "@/server/env";
import { loadLocalSecrets } from "./local-secrets";
import type { OpenDatabase } from "./open-database";

/**
 * The variables a server or a script runs with on the database it opened. On the embedded
 * database that is its loopback URL, the local secrets kept in LINX_DATA_DIR, a pool of one
 * (PGlite is one session) without prepared statements, and the local SMS inbox, since DATABASE_URL alone would otherwise mean
 * a real deployment (server/env.ts). On a configured database the environment already has it all.
 */
export const databaseEnv = (config: Env, database: OpenDatabase): Record<string, string> => {
  if (!database.embedded) return { DATABASE_URL: database.url };
  const secrets = loadLocalSecrets(config.LINX_DATA_DIR);
  return {
    DATABASE_URL: database.url,
    AUTH_SECRET: config.AUTH_SECRET ?? secrets.authSecret,
    ENCRYPTION_KEY: config.ENCRYPTION_KEY ?? secrets.encryptionKey,
    DATABASE_POOL_MAX: "1",
    // Connections share PGlite's one session, where a name prepared by one is taken for the others.
    DATABASE_PREPARED_STATEMENTS: "false",
    LINX_DEV_INBOX: "1",
    // Readable lines, as on the embedded default before DATABASE_URL was set (it would mean JSON).
    LOG_FORMAT: config.LOG_FORMAT ?? config.logFormat,
  };
};
