// npm run db:diff -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the schema of the latest migration to prisma/schema.prisma, using Prisma's own differ.
// Each migration folder keeps the schema.prisma it was made from, because `migrate diff
// --from-migrations` needs Prisma's schema engine, which cannot be downloaded everywhere.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../server/db/embedded";
import { readMigrations } from "../server/db/migrate";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <name in lower_snake_case>");
  process.exit(2);
}

const main = async () => {
  const latest = readMigrations().at(-1);
  const from = latest ? path.join("prisma", "migrations", latest.name, "schema.prisma") : undefined;
  if (from && !existsSync(from)) throw new Error(`${from} is missing`);
  // The differ connects through the driver adapter; a throwaway in-memory database will do.
  const database = await startEmbeddedPostgres();
  try {
    const { stdout: sql } = await promisify(execFile)(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]), "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url, PRISMA_QUERY_ENGINE_LIBRARY: "prisma/.engine-placeholder", PRISMA_SCHEMA_ENGINE_BINARY: "prisma/.engine-placeholder" } },
    );
    if (!/^(CREATE|ALTER|DROP)/m.test(sql)) {
      console.log("schema.prisma matches the latest migration; nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    copyFileSync("prisma/schema.prisma", path.join(dir, "schema.prisma"));
    console.log(`Wrote ${dir}/migration.sql. Read it, then run npm run db:migrate.`);
  } finally {
    await database.stop();
  }
};

main().catch((error) => {
  console.error(`db:diff failed: ${(error as Error).message}`);
  process.exit(1);
});
