// npm run db:diff -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the migrated schema to prisma/schema.prisma, using Prisma's own differ, then makes
// schema.prisma the new baseline. The migrated schema is kept as one file,
// prisma/migrations/baseline.prisma, because `migrate diff --from-migrations` needs Prisma's schema
// engine, which cannot be downloaded everywhere (a test checks the baseline is schema.prisma).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { readMigrations } from "../server/db/migrate";

const BASELINE = path.join("prisma", "migrations", "baseline.prisma");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <name in lower_snake_case>");
  process.exit(2);
}

const main = async () => {
  const from = readMigrations().length > 0 ? BASELINE : undefined;
  if (from && !existsSync(from)) throw new Error(`${from} is missing`);
  // The differ connects through the driver adapter; a throwaway in-memory database will do.
  const database = await startEmbeddedPostgres();
  try {
    const { stdout: sql } = await promisify(execFile)(
      path.resolve("node_modules/.bin/prisma"),
      [
        "migrate",
        "diff",
        ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]),
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          PRISMA_QUERY_ENGINE_LIBRARY: "prisma/.engine-placeholder",
          PRISMA_SCHEMA_ENGINE_BINARY: "prisma/.engine-placeholder",
        },
      },
    );
    if (!/^(CREATE|ALTER|DROP)/m.test(sql)) {
      console.log("schema.prisma matches the migrations (prisma/migrations/baseline.prisma); nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    copyFileSync("prisma/schema.prisma", BASELINE);
    console.log(`Wrote ${dir}/migration.sql. Read it, then run npm run db:migrate.`);
  } finally {
    await database.stop();
  }
};

main().catch((error) => {
  console.error(`db:diff failed: ${(error as Error).message}`);
  process.exit(1);
});
