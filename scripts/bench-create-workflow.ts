// Benchmark: creating a workflow over REST against what raw PostgreSQL does for the same rows.
//
//   DATABASE_URL=postgresql://…/postgres npx tsx --conditions=react-server scripts/bench-create-workflow.ts [requests] [concurrency] [rounds]
//
// Makes and drops its own database on that server. "REST" calls the real POST handler in-process
// (API-key check, zod, the service's one transaction, the response), so it measures LinX, not an
// HTTP stack; "REST+key" does the same with an Idempotency-Key, as clients should. "raw" reads and
// writes the same rows through node-postgres with the same pool size and the same shape of SQL
// (server/bench/bare-create-workflow.ts): the API key lookup, then one statement writing the
// workflow with its steps, its two jobs, the audit entry, and the webhook event with the lookup of
// its subscribed endpoints (none here). So the difference is LinX's own cost: validation, the rate
// limit, crypto, the request and the response. Each prints requests per second, latency
// percentiles, and per request the CPU spent here and in PostgreSQL (steadier than req/s on a busy
// machine), database round trips and Prisma queries. scripts/bench-create-http.ts compares the same
// two over HTTP, against a running server.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";
import { counts, countPrismaQueries, databaseServerCpuMs } from "./bench-counters";
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

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 10);
const ROUNDS = Number(process.argv[4] ?? 3);
const WARM_UP = 1000;

const body = benchWorkflowBody;

type Result = Load & { label: string; cpuMs: number; serverCpuMs: number; roundTrips: number; prismaQueries: number };

const run = async (label: string, one: (i: number) => Promise<void>, requests = REQUESTS): Promise<Result> => {
  const before = { ...counts };
  const cpu = process.cpuUsage();
  const serverCpu = databaseServerCpuMs();
  const load = await runConcurrently(one, requests, CONCURRENCY);
  const { user, system } = process.cpuUsage(cpu);
  return {
    ...load,
    label,
    cpuMs: (user + system) / 1000,
    serverCpuMs: databaseServerCpuMs() - serverCpu,
    roundTrips: counts.roundTrips - before.roundTrips,
    prismaQueries: counts.prismaQueries - before.prismaQueries,
  };
};

const print = (result: Result) => {
  const { label, cpuMs, serverCpuMs, roundTrips, prismaQueries } = result;
  console.log(
    `${describeLoad(label, result)}   CPU per request: ${(cpuMs / REQUESTS).toFixed(2)} ms here, ${(serverCpuMs / REQUESTS).toFixed(2)} ms in PostgreSQL; ` +
      `${(roundTrips / REQUESTS).toFixed(1)} round trips, ${(prismaQueries / REQUESTS).toFixed(1)} Prisma queries per request`,
  );
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  const database = await freshDatabase(serverUrl);
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.LINX_DEV_INBOX ??= "1"; // texts stay in the local inbox of this throwaway database
    process.env.APP_URL ??= "http://localhost:3000";
    // Counted as on every REST call, but high enough that the bench is never refused.
    process.env.API_RATE_LIMIT_PER_MINUTE ??= "1000000000";
    const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10);

    const { apiRequest } = await import("../server/api/rest/api-test-kit");
    const { createTestBusiness } = await import("../server/testing/factories");
    const { handleCreateWorkflow } = await import("../server/api/rest/linx/create-workflow");
    const { db } = await import("../server/db");
    const { bareCreateWorkflow } = await import("../server/bench/bare-create-workflow");
    const { apiKey: key } = await createTestBusiness({ name: "Bench Co" });
    countPrismaQueries(db());

    // The handler is called as Next calls it, with a Request; its answer is checked by status, not
    // parsed (parsing it is the client's work, and raw's answer is not parsed either).
    const rest = async (i: number, headers: Record<string, string> = {}) => {
      const response = await handleCreateWorkflow(
        apiRequest("/linx/workflows", { method: "POST", key, body: body(i), headers }),
        { params: Promise.resolve({}) },
      );
      if (response.status !== 201) throw new Error(`REST answered ${response.status}: ${await response.text()}`);
    };
    const restWithKey = (i: number) => rest(i, { "idempotency-key": randomUUID() });

    const pool = new pg.Pool({ connectionString: database.url, max: poolMax });
    const raw = async (i: number) => {
      if (!(await bareCreateWorkflow(pool, key, body(i)))) throw new Error("raw: the API key was not found");
    };

    // Warm every path (JIT, pools, prepared statements, plans) as a running server is, before measuring.
    for (const one of [rest, restWithKey, raw]) await run("warm-up", one, WARM_UP);

    console.log(
      `${REQUESTS} workflows a run, ${CONCURRENCY} at a time, pool of ${poolMax} connections, PostgreSQL ${(await pool.query("SHOW server_version")).rows[0].server_version}`,
    );
    const paths: BenchPath[] = [
      ["REST", (i) => rest(i)],
      ["REST+key", restWithKey],
      ["raw", raw],
    ];
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    await runRounds(
      paths,
      ROUNDS,
      ([label, one]) => run(label, one),
      (results, round) => {
        console.log(`round ${round + 1}`);
        for (const [label] of paths) print(results.get(label)!);
        const [restRun, rawRun] = [results.get("REST")!, results.get("raw")!];
        ratios.push(rawRun.seconds / restRun.seconds);
        cpuRatios.push((rawRun.cpuMs + rawRun.serverCpuMs) / (restRun.cpuMs + restRun.serverCpuMs));
      },
    );
    console.log(
      `REST reaches ${(median(ratios) * 100).toFixed(0)}% of raw PostgreSQL's throughput (median of ${ROUNDS} rounds: ${percents(ratios)})`,
    );
    console.log(
      `and raw's CPU is ${(median(cpuRatios) * 100).toFixed(0)}% of REST's, here and in PostgreSQL together (rounds: ${percents(cpuRatios)})`,
    );
    await Promise.all([pool.end(), db().$disconnect()]);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await database.drop();
  }
};

// Dropping the database ends any connection still open; that is expected, not an error.
process.on("uncaughtException", (error) => {
  if (!/terminating connection/.test(error.message)) throw error;
});
void main().then(() => process.exit());
