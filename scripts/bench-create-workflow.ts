// Benchmark: creating a workflow over REST against what raw PostgreSQL does for the same rows.
//
//   DATABASE_URL=postgresql://…/postgres npx tsx scripts/bench-create-workflow.ts [requests] [concurrency]
//
// Makes and drops its own database on that server. "REST" calls the real POST handler in-process
// (API-key check, zod, the service's one transaction, the response), so it measures LinX, not an
// HTTP stack. "raw" runs the least SQL that stores the same rows — BEGIN, one INSERT per table,
// COMMIT — through node-postgres with the same pool size. Both print requests per second, latency
// percentiles and database round trips per request.
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 10);

// Every statement either side sends goes through pg.Client#query: count them.
let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  roundTrips++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const phone = (i: number) => `+1415555${String(i % 10_000).padStart(4, "0")}`;
const body = (i: number) => ({
  title: `Bench ${i}`,
  steps: [
    { name: "notification", parameters: { phoneNumber: phone(i) } },
    { name: "customer-account", parameters: {} },
    { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
    { name: "move-money", parameters: { transactionType: "REQUEST", solution: "ach", amount: "125.00", currency: "USD" } },
  ],
});

type Result = { label: string; seconds: number; latencies: number[]; roundTrips: number };

const run = async (label: string, one: (i: number) => Promise<void>): Promise<Result> => {
  const latencies: number[] = [];
  const before = roundTrips;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < REQUESTS; i = next++) {
        const t = performance.now();
        await one(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { label, seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), roundTrips: roundTrips - before };
};

const print = ({ label, seconds, latencies, roundTrips: trips }: Result) => {
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(5)} ${String(Math.round(REQUESTS / seconds)).padStart(6)} req/s   p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms   ` +
      `${(trips / REQUESTS).toFixed(1)} round trips/request`,
  );
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  const database = await freshDatabase(serverUrl);
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.APP_URL ??= "http://localhost:3000";
    const poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10);

    const { createTestBusiness, callApi } = await import("../server/api/rest/api-test-kit");
    const { handleCreateWorkflow } = await import("../server/api/rest/linx/create-workflow");
    const { db } = await import("../server/db");
    const { business, key } = await createTestBusiness("Bench Co");

    const rest = async (i: number) => {
      const { status, body: answer } = await callApi(handleCreateWorkflow, "/linx/workflows", { method: "POST", key, body: body(i) });
      if (status !== 201) throw new Error(`REST answered ${status}: ${JSON.stringify(answer)}`);
    };

    const pool = new pg.Pool({ connectionString: database.url, max: poolMax });
    const raw = async (i: number) => {
      const client = await pool.connect();
      try {
        const id = randomUUID();
        const steps = body(i).steps;
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "Workflow" (id, "businessId", title, "phoneNumber", status, "expireAt", "tokenHash", "linkNonce", "updatedAt")
           VALUES ($1, $2, $3, $4, 'ACTIVE', now() + interval '90 days', $5, $6, now())`,
          [id, business.id, `Bench ${i}`, phone(i), randomBytes(32).toString("hex"), randomBytes(16).toString("hex")],
        );
        await client.query(
          `INSERT INTO "WorkflowStep" (id, "workflowId", position, name, status, parameters, "updatedAt")
           SELECT gen_random_uuid()::text, $1, p, n::"StepName", CASE WHEN p = 0 THEN 'ACTIVE' ELSE 'CREATED' END::"StepStatus", params, now()
           FROM unnest($2::int[], $3::text[], $4::jsonb[]) AS s(p, n, params)`,
          [id, steps.map((_, p) => p), steps.map((s) => s.name), steps.map((s) => JSON.stringify(s.parameters))],
        );
        await client.query(
          `INSERT INTO "ScheduledJob" (id, "businessId", kind, "subjectId", "runAt")
           VALUES (gen_random_uuid()::text, $1, 'WORKFLOW_SEND', $2, now()), (gen_random_uuid()::text, $1, 'WORKFLOW_EXPIRE', $2, now() + interval '90 days')`,
          [business.id, id],
        );
        await client.query(
          `INSERT INTO "AuditLog" (id, "businessId", "actorType", action, "targetType", "targetId") VALUES (gen_random_uuid()::text, $1, 'API_KEY', 'workflow.created', 'Workflow', $2)`,
          [business.id, id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    };

    // Warm both paths (JIT, pools, plans) before measuring.
    for (let i = 0; i < 50; i++) await rest(i);
    for (let i = 0; i < 50; i++) await raw(i);

    console.log(`${REQUESTS} workflows, ${CONCURRENCY} at a time, pool of ${poolMax} connections, PostgreSQL ${(await pool.query("SHOW server_version")).rows[0].server_version}`);
    const restResult = await run("REST", rest);
    const rawResult = await run("raw", raw);
    print(restResult);
    print(rawResult);
    console.log(`REST reaches ${((rawResult.seconds / restResult.seconds) * 100).toFixed(0)}% of raw PostgreSQL's throughput`);
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
