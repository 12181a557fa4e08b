// npm run db:migrate | db:seed | db:reset — on DATABASE_URL, or on the embedded database.
import pg from "pg";
import { EnvError, parseEnv } from "../server/env";
import { openDatabase } from "../server/db/open-database";
import { migrate } from "../server/db/migrate";
import { loadLocalSecrets } from "../server/db/local-secrets";
import { databaseEnv } from "../server/db/database-env";

const command = process.argv[2];
if (!["migrate", "seed", "reset"].includes(command ?? "")) {
  console.error("usage: tsx scripts/db.ts migrate|seed|reset");
  process.exit(2);
}

const main = async () => {
  // parseEnv, not env(): env() caches, and the server modules loaded below must see the database's variables.
  const config = parseEnv(process.env);
  const database = await openDatabase(config);
  Object.assign(process.env, databaseEnv(config, database));
  const where = database.embedded ? `the embedded database in ${config.LINX_DATA_DIR}` : "DATABASE_URL";
  try {
    if (command === "reset") {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      await client.end();
      console.log(`Dropped every table in ${where}.`);
    }
    if (command === "migrate" || command === "reset") {
      const applied = await migrate(database.url);
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}`
          : `${where} is up to date; no migration to apply.`,
      );
    }
    if (command === "seed" || command === "reset") {
      const { seedDemo, printDemo } = await import("../server/db/seed");
      const secrets = loadLocalSecrets(config.LINX_DATA_DIR);
      const demo = await seedDemo({
        password: config.LINX_DEMO_PASSWORD ?? secrets.demoPassword,
        apiKey: config.LINX_DEMO_API_KEY ?? secrets.demoApiKey,
      });
      console.log(`Seeded "Demo Co" in ${where}.`);
      for (const line of printDemo(demo, database.embedded)) console.log(line);
      const { db } = await import("../server/db");
      await db().$disconnect();
    }
  } finally {
    await database.close();
  }
};

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : `db:${command} failed: ${(error as Error).message}`);
  process.exit(1);
});
