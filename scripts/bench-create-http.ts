// Benchmark: LinX's REST create over HTTP against a bare Next.js route writing the same rows.
//
//   DATABASE_URL=postgresql://…/postgres npx tsx --conditions=react-server scripts/bench-create-http.ts [requests] [connections] [rounds]
//
// Makes and drops its own database on that server, then starts LinX on it as `npm start` does (a
// production build, the in-process job runner, texts to the local inbox) with LINX_BENCH_ROUTES,
// which turns on /api/bench/create-workflow: the bare route (server/bench/bare-create-workflow.ts,
// the API key lookup and one statement through node-postgres). Both are sent the same bodies over
// `connections` kept-alive connections; "REST+key" adds an Idempotency-Key. Rounds run the three in
// rotating order, each after the runner has sent the texts of the last, so that changes in the
// machine's load fall on all alike. Prints requests per second, latency percentiles and the CPU
// per create of the app and of PostgreSQL (the steadier measure on a busy machine) of each, and
// the median round's ratio of REST to the bare route.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";
import { databaseServerCpuMs, processGroupCpuMs } from "./bench-counters";
import {
  benchWorkflowBody,
  type BenchPath,
  describeLoad,
  median,
  percents,
  runConcurrently,
  runRounds,
  type Load,
} from "./bench-load";

const REQUESTS = Number(process.argv[2] ?? 3000);
const CONNECTIONS = Number(process.argv[3] ?? 8);
const ROUNDS = Number(process.argv[4] ?? 3);
const WARM_UP = 1000;
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const base = `http://127.0.0.1:${PORT}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const body = benchWorkflowBody;

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** One POST of `payload`; resolves with the status once the answer is read. */
const post = (path: string, headers: Record<string, string>, payload: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });

type Result = Load & { appCpuMs: number; databaseCpuMs: number };

/**
 * Sends `requests` creates; the CPU counted is the app's and PostgreSQL's from the first request
 * until `settled` (the texts of the run sent), so each path is charged its whole work.
 */
const run = async (
  one: (i: number) => Promise<void>,
  requests: number,
  { app, settled }: { app: number; settled: () => Promise<void> },
): Promise<Result> => {
  const cpu = { app: processGroupCpuMs(app), database: databaseServerCpuMs() };
  const load = await runConcurrently(one, requests, CONNECTIONS);
  await settled();
  return { ...load, appCpuMs: processGroupCpuMs(app) - cpu.app, databaseCpuMs: databaseServerCpuMs() - cpu.database };
};

const print = (label: string, result: Result) => {
  const creates = result.latencies.length;
  console.log(
    `${describeLoad(label, result)}   CPU per create (texts included): ${(result.appCpuMs / creates).toFixed(2)} ms in the app, ${(result.databaseCpuMs / creates).toFixed(2)} ms in PostgreSQL`,
  );
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  const database = await freshDatabase(serverUrl);
  let server: ReturnType<typeof spawn> | undefined;
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  try {
    await migrate(database.url);
    const appEnv = {
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      ENCRYPTION_KEY: randomBytes(32).toString("hex"),
      LINX_DEV_INBOX: "1", // texts stay in the local inbox of this throwaway database
      LINX_BENCH_ROUTES: "1",
      LINX_DEMO: "false",
      // Counted as on every REST call, but high enough that the bench is never refused.
      API_RATE_LIMIT_PER_MINUTE: "1000000000",
      PORT: String(PORT),
      APP_URL: base,
    };
    Object.assign(process.env, appEnv);
    const { createTestBusiness } = await import("../server/testing/factories");
    const { db } = await import("../server/db");
    const { closePool } = await import("../server/db/pool");
    const { apiKey: key, ...business } = await createTestBusiness({ name: "Bench Co" });
    await db().business.update({ where: { id: business.id }, data: { smsHourlyCap: 1_000_000 } });
    await db().$disconnect();
    await closePool(); // the server has its own; an idle one here would only see the database dropped

    server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
      env: { ...process.env, ...appEnv },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    for (let tries = 0; ; tries++) {
      if (tries > 600) throw new Error("The app did not answer /api/health within 5 minutes");
      const up = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await sleep(500);
    }

    const authorization = `Bearer ${key}`;
    const call = (path: string, withKey: boolean) => async (i: number) => {
      const status = await post(
        path,
        withKey ? { authorization, "idempotency-key": randomUUID() } : { authorization },
        JSON.stringify(body(i)),
      );
      if (status !== 201) throw new Error(`${path} answered ${status}`);
    };
    const paths: BenchPath[] = [
      ["REST", call("/api/v2/linx/workflows", false)],
      ["REST+key", call("/api/v2/linx/workflows", true)],
      ["bare", call("/api/bench/create-workflow", false)],
    ];
    // The texts the creates queued are sent by the app's runner; each run starts once they are out.
    const textsSent = async () => {
      for (;;) {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS "due" FROM "ScheduledJob" WHERE "lane" = 'MESSAGES' AND "status" = 'PENDING' AND "runAt" <= now()`,
        );
        if (rows[0].due === 0) return;
        await sleep(200);
      }
    };

    const measure = { app: server.pid!, settled: textsSent };
    for (const [, one] of paths) await run(one, WARM_UP, measure);
    console.log(
      `${REQUESTS} creates a run over ${CONNECTIONS} kept-alive connections, PostgreSQL ${(await pool.query("SHOW server_version")).rows[0].server_version}`,
    );
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    await runRounds(
      paths,
      ROUNDS,
      ([, one]) => run(one, REQUESTS, measure),
      (results, round) => {
        console.log(`round ${round + 1}`);
        for (const [label] of paths) print(label, results.get(label)!);
        const [rest, bare] = [results.get("REST")!, results.get("bare")!];
        ratios.push(bare.seconds / rest.seconds);
        cpuRatios.push((bare.appCpuMs + bare.databaseCpuMs) / (rest.appCpuMs + rest.databaseCpuMs));
      },
    );
    console.log(
      `REST over HTTP reaches ${(median(ratios) * 100).toFixed(0)}% of the bare route's throughput (median of ${ROUNDS} rounds: ${percents(ratios)})`,
    );
    console.log(
      `and the bare route's CPU is ${(median(cpuRatios) * 100).toFixed(0)}% of REST's, app and PostgreSQL together (rounds: ${percents(cpuRatios)})`,
    );
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    agent.destroy();
    if (server?.pid) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await pool.end();
    await database.drop();
  }
};

// Dropping the database ends any connection still open; that is expected, not an error.
process.on("uncaughtException", (error) => {
  if (!/terminating connection/.test(error.message)) throw error;
});
void main().then(() => process.exit());
