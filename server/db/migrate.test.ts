import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "@/server/testing/fresh-database";
import { HAND_WRITTEN_INDEXES } from "./hand-written-indexes";
import { migrate, MigrationError, readMigrations } from "./migrate";
import { schemaSnapshot } from "./schema-snapshot";

const opened: FreshDatabase[] = [];
const open = async () => {
  const database = await freshDatabase(inject("serverUrl"));
  opened.push(database);
  return database;
};
afterAll(async () => {
  await Promise.all(opened.map((database) => database.drop()));
});

const run = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
};

/** What schema.prisma describes, as SQL, from Prisma's own differ (async: an in-process PGlite must keep serving). */
const prismaSchemaSql = async (databaseUrl: string) => {
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_QUERY_ENGINE_LIBRARY: "prisma/.engine-placeholder",
        PRISMA_SCHEMA_ENGINE_BINARY: "prisma/.engine-placeholder",
      },
      encoding: "utf8",
    },
  );
  return stdout;
};

describe("migrations", () => {
  it("yield exactly the schema that schema.prisma describes, plus the hand-written partial indexes", {
    timeout: 120_000,
  }, async () => {
    const migrated = await open();
    const described = await open();
    await migrate(migrated.url);
    await run(described.url, await prismaSchemaSql(described.url));

    const fromMigrations = await schemaSnapshot(migrated.url);
    const fromSchema = await schemaSnapshot(described.url);
    const onlyInSchema = fromSchema.filter((line) => !fromMigrations.includes(line));
    const onlyInMigrations = fromMigrations.filter((line) => !fromSchema.includes(line));

    expect(fromSchema.length).toBeGreaterThan(100);
    expect(onlyInSchema).toEqual([]);
    expect(onlyInMigrations.map((line) => line.split(" ")[1]).sort()).toEqual([...HAND_WRITTEN_INDEXES].sort());
    expect(onlyInMigrations.every((line) => line.startsWith("index ") && line.includes(" WHERE "))).toBe(true);
  });

  it("records each migration in Prisma's table once and refuses a migration changed after it ran", async () => {
    const database = await open();
    const migrations = readMigrations();
    expect(await migrate(database.url, migrations)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(database.url, migrations)).toEqual([]);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await client.end();
    expect(rows).toHaveLength(migrations.length);
    expect(rows[0]).toMatchObject({
      migration_name: migrations[0]!.name,
      checksum: migrations[0]!.checksum,
      applied_steps_count: 1,
    });
    expect(rows[0].finished_at).toBeInstanceOf(Date);

    const changed = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(database.url, changed)).rejects.toThrow(MigrationError);
  });

  it("refuses a database migrated by another version, whose migrations it does not have, and changes nothing", async () => {
    const database = await open();
    const [init] = readMigrations();
    await migrate(database.url, [
      { name: "20200101000000_older_layout", sql: "CREATE TABLE older_table (id int);", checksum: "e".repeat(64) },
    ]);
    await expect(migrate(database.url, [init!])).rejects.toThrow(
      /another version of LinX .*20200101000000_older_layout.*empty database/,
    );
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT to_regclass('"Workflow"') AS t, (SELECT count(*) FROM "_prisma_migrations")::int AS n`,
    );
    await client.end();
    expect(rows[0]).toEqual({ t: null, n: 1 });
  });

  it("keeps one baseline of the migrated schema, for db:diff, equal to schema.prisma", () => {
    // db:diff writes the next migration from the baseline to schema.prisma, then copies schema.prisma
    // over the baseline: a schema change without its migration fails here and in the drift test above.
    expect(readFileSync("prisma/migrations/baseline.prisma", "utf8")).toBe(
      readFileSync("prisma/schema.prisma", "utf8"),
    );
  });

  it("rolls back a failing migration and leaves no half-applied record", async () => {
    const database = await open();
    const broken = [
      ...readMigrations(),
      {
        name: "99999999999999_broken",
        sql: "CREATE TABLE ok_table (id int); SELECT * FROM no_such_table;",
        checksum: "f".repeat(64),
      },
    ];
    await expect(migrate(database.url, broken)).rejects.toThrow(/99999999999999_broken failed/);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT to_regclass('ok_table') AS t, (SELECT count(*) FROM "_prisma_migrations" WHERE migration_name LIKE '9999%')::int AS n`,
    );
    await client.end();
    expect(rows[0]).toEqual({ t: null, n: 0 });
  });
});
