import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Prisma } from "@/server/generated/prisma/client";
import { sql } from "@/server/db/sql";
import { env } from "@/server/env";
import { runnerState } from "@/server/jobs/runner-state";
import { isShuttingDown } from "@/server/lifecycle/shutdown";

// /api/health/ready: whether this instance should be sent traffic. The database answers, every
// migration in prisma/migrations is applied, something runs the jobs (this process's runner, or
// Inngest configured), and the process is not shutting down. /api/health/live only says the
// process answers; /api/health keeps its own report (check-health.ts).

export type Readiness = {
  status: "ready" | "not ready";
  checks: { database: boolean; migrations: boolean; jobs: boolean; accepting: boolean };
  /** Migrations in prisma/migrations the database has not applied (names only). */
  pendingMigrations?: string[];
};

const DB_TIMEOUT_MS = 3000;

const MIGRATIONS_DIR = path.resolve("prisma", "migrations");
const expected = new Map<string, string[]>();
/** The migrations this build ships (read once: they do not change under a running server). */
const expectedMigrations = (dir: string) => {
  let names = expected.get(dir);
  if (!names) {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
      .map((entry) => entry.name);
    expected.set(dir, names);
  }
  return names;
};

const appliedMigrations = async () => {
  const rows = await sql<{ name: string }>(
    Prisma.sql`SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
  );
  return new Set(rows.map((row) => row.name));
};

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref());

export const checkReadiness = async ({
  migrationsDir = MIGRATIONS_DIR,
}: {
  migrationsDir?: string;
} = {}): Promise<Readiness> => {
  const applied = await Promise.race([appliedMigrations(), timeout(DB_TIMEOUT_MS)]).catch(() => undefined);
  const pending = applied ? expectedMigrations(migrationsDir).filter((name) => !applied.has(name)) : undefined;
  const config = env();
  const jobs = config.jobRunner === "inngest" || runnerState().running;
  const checks = { database: Boolean(applied), migrations: pending?.length === 0, jobs, accepting: !isShuttingDown() };
  const ready = Object.values(checks).every(Boolean);
  return { status: ready ? "ready" : "not ready", checks, ...(pending?.length ? { pendingMigrations: pending } : {}) };
};
