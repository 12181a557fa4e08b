// `npm start` (and `npm run dev` with --dev): the whole product on its embedded defaults.
// Validates the environment, opens the database (embedded PGlite unless DATABASE_URL is set),
// migrates, seeds the demo business, builds when the build is missing or stale, then runs Next.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../server/env";
import { openDatabase } from "../server/db/open-database";
import { migrate } from "../server/db/migrate";
import { loadLocalSecrets } from "../server/db/local-secrets";
import { databaseEnv } from "../server/db/database-env";
import { buildGatewayStyles } from "./build-gateway-css";
import { buildIfStale } from "./build-if-stale";
import { flushLogs, logger } from "../server/observability/logger";

const dev = process.argv.includes("--dev");
const nextBin = path.resolve("node_modules", ".bin", "next");
const log = logger("start");

const main = async () => {
  // parseEnv, not env(): env() caches, and the server modules loaded below must see DATABASE_URL.
  // With DATABASE_URL it refuses to go on without AUTH_SECRET, ENCRYPTION_KEY and an SMS provider.
  const config = parseEnv(process.env);
  const database = await openDatabase(config);
  // Where the embedded database listens, for tools on this machine (the e2e specs move time with it).
  if (database.embedded) writeFileSync(path.join(config.LINX_DATA_DIR, "database-url"), database.url);
  const childEnv = {
    ...process.env,
    ...databaseEnv(config, database),
    PORT: String(config.PORT),
    APP_URL: config.APP_URL,
  };
  process.env.DATABASE_URL = database.url;

  const applied = await migrate(database.url);
  log.info(
    `Database: ${database.embedded ? `embedded PostgreSQL (PGlite) in ${config.LINX_DATA_DIR}/pgdata` : "DATABASE_URL"}; ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`,
  );

  if (config.LINX_DEMO) {
    Object.assign(process.env, childEnv);
    const { seedDemo, DEMO } = await import("../server/db/seed");
    const { db } = await import("../server/db");
    const secrets = loadLocalSecrets(config.LINX_DATA_DIR);
    const demo = await seedDemo({
      password: config.LINX_DEMO_PASSWORD ?? secrets.demoPassword,
      apiKey: config.LINX_DEMO_API_KEY ?? secrets.demoApiKey,
    });
    await db().$disconnect();
    // The demo's password and key stay out of the log: they are in the data folder (or the environment).
    log.info(
      `Demo business "${DEMO.name}": sign in as ${demo.email}${database.embedded ? ` with the password in ${path.join(config.LINX_DATA_DIR, "local-secrets.json")} (demoPassword, or LINX_DEMO_PASSWORD)` : ""}`,
    );
    if (database.embedded)
      log.info(
        demo.apiKeyWorks
          ? `Demo sandbox API key: demoApiKey in ${path.join(config.LINX_DATA_DIR, "local-secrets.json")} (or LINX_DEMO_API_KEY)`
          : "Demo sandbox API key: revoked (make a new one in the Portal)",
      );
  }

  // Development builds on demand, but the Gateway's inlined styles are made ahead (build-gateway-css.ts).
  if (dev) await buildGatewayStyles();
  else await buildIfStale();

  log.info(
    `SMS: ${config.smsProvider === "twilio" ? "Twilio" : `local inbox at ${config.APP_URL}/dev/phone`}; email: ${config.mailProvider === "smtp" ? "SMTP" : `local inbox at ${config.APP_URL}/dev/mail`}; jobs: ${config.jobRunner}`,
  );
  log.info(`LinX is starting at ${config.APP_URL} (Portal: ${config.APP_URL}/portal)`);
  // Idle kept-alive connections stay open 65 s, longer than clients and load balancers keep theirs
  // (60 s is common): a server that closes first races a request sent on the closing socket (ECONNRESET).
  const args = dev
    ? ["dev", "-p", String(config.PORT)]
    : ["start", "-p", String(config.PORT), "--keepAliveTimeout", "65000"];
  // The server stops itself cleanly on SIGTERM (server/lifecycle/shutdown.ts): Next's own handler,
  // which exits at once, stays off.
  const child = spawn(nextBin, args, {
    stdio: "inherit",
    env: dev ? childEnv : { ...childEnv, NEXT_MANUAL_SIG_HANDLE: "true" },
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code, signal) => {
    await database.close();
    log.info({ code, signal }, "LinX stopped");
    await flushLogs();
    process.exit(code ?? 0);
  });
};

main().catch((error) => {
  if (error instanceof EnvError) log.error(error.message);
  else log.error({ err: error }, "LinX could not start");
  void flushLogs().then(() => process.exit(1));
});
