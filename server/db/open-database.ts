import "server-only";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "@/server/env";
import { startEmbeddedPostgres } from "./embedded";

export type OpenDatabase = { url: string; embedded: boolean; close: () => Promise<void> };

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The configured PostgreSQL, or the embedded one in LINX_DATA_DIR (one process at a time). */
export const openDatabase = async (env: Env): Promise<OpenDatabase> => {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, close: async () => undefined };
  mkdirSync(env.LINX_DATA_DIR, { recursive: true });
  const lock = path.join(env.LINX_DATA_DIR, "pgdata.lock");
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && isRunning(pid)) {
      throw new Error(`The embedded database in ${env.LINX_DATA_DIR} is in use by process ${pid}; stop it first`);
    }
  }
  writeFileSync(lock, String(process.pid));
  const database = await startEmbeddedPostgres(path.join(env.LINX_DATA_DIR, "pgdata"));
  return {
    url: database.url,
    embedded: true,
    close: async () => {
      await database.stop();
      rmSync(lock, { force: true });
    },
  };
};
