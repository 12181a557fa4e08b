// Benchmark: what the runner's claim costs as future jobs pile up.
//
//   DATABASE_URL=postgresql://…/postgres npx tsx --conditions=react-server scripts/bench-due-jobs.ts [small] [large] [runs]
//
// Makes and drops its own database on that server. Inserts `small` (10,000) future PENDING jobs,
// days ahead and spread over the four lanes, plus 100 due jobs in the MESSAGES lane; VACUUM
// ANALYZE; then runs EXPLAIN (ANALYZE, BUFFERS) of the claim statement the lanes send,
// claimDueJobsStatement({ lane: "MESSAGES", limit: 16 }), `runs` (20) times, each in a transaction
// that is rolled back so the claim does not stick. Then tops the table up to `large` (1,000,000)
// future jobs and measures again. Prints, at each size, the median execution and planning time and
// the buffers the claim touched, the same for the WEBHOOKS lane's claim (per-endpoint cap; no job
// of that lane is due) for information, and the plan at the large size. The target: the claim at
// 1,000,000 future jobs costs within 1.5× of 10,000.
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";

const SMALL = Number(process.argv[2] ?? 10_000);
const LARGE = Number(process.argv[3] ?? 1_000_000);
const RUNS = Number(process.argv[4] ?? 20);
const DUE = 100;

type PlanNode = { "Shared Hit Blocks"?: number; "Shared Read Blocks"?: number };
type Explained = { Plan: PlanNode; "Execution Time": number; "Planning Time": number };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  const database = await freshDatabase(serverUrl);
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    const { claimDueJobsStatement } = await import("../server/jobs/claim-jobs");
    const { LANE_LIMITS } = await import("../server/jobs/job-lanes");
    await client.connect();

    await client.query(
      `INSERT INTO "Business" ("id", "name", "slug", "updatedAt") VALUES ('biz_bench', 'Bench Co', 'bench-due-jobs', now())`,
    );
    // Future jobs: lanes round-robin, runAt 1 to 30 days ahead; webhook jobs carry one of 50 endpoint keys.
    const insertFuture = (from: number, to: number) =>
      client.query(
        `INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "lane", "subjectId", "concurrencyKey", "status", "runAt")
         SELECT 'future_' || g, 'biz_bench',
           (ARRAY['WORKFLOW_REMIND', 'WORKFLOW_EXPIRE', 'TRANSACTION_ADVANCE', 'WEBHOOK_DELIVER'])[g % 4 + 1]::"JobKind",
           (ARRAY['MESSAGES', 'EXPIRY', 'PAYMENTS', 'WEBHOOKS'])[g % 4 + 1]::"JobLane",
           'subject_' || g, CASE WHEN g % 4 = 3 THEN 'whe_' || (g % 50) END, 'PENDING',
           now() + interval '1 day' + (g % 2592000) * interval '1 second' * (29.0 / 30.0)
         FROM generate_series($1::int, $2::int) AS g`,
        [from, to - 1],
      );
    const analyze = () => client.query(`VACUUM ANALYZE "ScheduledJob"`);

    await insertFuture(0, SMALL);
    await client.query(
      `INSERT INTO "ScheduledJob" ("id", "businessId", "kind", "lane", "subjectId", "status", "runAt")
       SELECT 'due_' || g, 'biz_bench', 'WORKFLOW_SEND', 'MESSAGES', 'subject_due_' || g, 'PENDING', now() - g * interval '1 second'
       FROM generate_series(1, $1::int) AS g`,
      [DUE],
    );
    await analyze();

    const explain = async (statement: { text: string; values: unknown[] }, format: "JSON" | "TEXT") => {
      await client.query("BEGIN");
      try {
        const { rows } = await client.query({
          text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT ${format}) ${statement.text}`,
          values: statement.values,
        });
        return rows;
      } finally {
        await client.query("ROLLBACK");
      }
    };
    const claimMessages = () => claimDueJobsStatement({ lane: "MESSAGES", limit: 16 });
    const claimWebhooks = () =>
      claimDueJobsStatement({ lane: "WEBHOOKS", limit: 16, perKey: LANE_LIMITS.WEBHOOKS.perKey });

    const measure = async (statement: () => { text: string; values: unknown[] }) => {
      const times: number[] = [];
      const planning: number[] = [];
      const buffers: number[] = [];
      let claimed = 0;
      for (let run = 0; run < RUNS; run++) {
        const [row] = await explain(statement(), "JSON");
        const explained = (row as { "QUERY PLAN": Explained[] })["QUERY PLAN"][0]!;
        times.push(explained["Execution Time"]);
        planning.push(explained["Planning Time"]);
        buffers.push((explained.Plan["Shared Hit Blocks"] ?? 0) + (explained.Plan["Shared Read Blocks"] ?? 0));
        claimed = (explained.Plan as { "Actual Rows"?: number })["Actual Rows"] ?? claimed;
      }
      return { time: median(times), planning: median(planning), buffers: median(buffers), claimed };
    };

    const total = async () => Number((await client.query(`SELECT count(*) FROM "ScheduledJob"`)).rows[0].count);
    const sizes: Array<{
      future: number;
      messages: Awaited<ReturnType<typeof measure>>;
      webhooks: Awaited<ReturnType<typeof measure>>;
    }> = [];
    const report = async (future: number) => {
      const messages = await measure(claimMessages);
      const webhooks = await measure(claimWebhooks);
      sizes.push({ future, messages, webhooks });
      console.log(
        `${String(future).padStart(9)} future jobs (${await total()} rows): MESSAGES claim median ${messages.time.toFixed(3)} ms execution + ${messages.planning.toFixed(3)} ms planning, ` +
          `${messages.buffers} buffers, ${messages.claimed} claimed of ${DUE} due; WEBHOOKS claim (none due) ${webhooks.time.toFixed(3)} ms, ${webhooks.buffers} buffers`,
      );
    };

    console.log(
      `claimDueJobsStatement, ${RUNS} runs per size, each rolled back; PostgreSQL ${(await client.query("SHOW server_version")).rows[0].server_version}`,
    );
    await report(SMALL);
    const insertStarted = Date.now();
    await insertFuture(SMALL, LARGE);
    await analyze();
    console.log(
      `(inserted ${LARGE - SMALL} more future jobs and analyzed in ${((Date.now() - insertStarted) / 1000).toFixed(1)} s)`,
    );
    await report(LARGE);

    const [small, large] = sizes as [(typeof sizes)[0], (typeof sizes)[0]];
    const ratio = large.messages.time / small.messages.time;
    console.log(
      `MESSAGES claim at ${LARGE} future jobs costs ${ratio.toFixed(2)}× its time at ${SMALL} (target ≤ 1.5×), ` +
        `${(large.messages.buffers / Math.max(1, small.messages.buffers)).toFixed(2)}× the buffers`,
    );
    console.log(`\nPlan of the MESSAGES claim at ${LARGE} future jobs:`);
    for (const row of await explain(claimMessages(), "TEXT"))
      console.log((row as { "QUERY PLAN": string })["QUERY PLAN"]);
    if (small.messages.claimed !== 16 || large.messages.claimed !== 16) {
      console.error(`sanity: the claim took ${small.messages.claimed} and ${large.messages.claimed} jobs, not 16`);
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await database.drop();
  }
};

void main().then(() => process.exit());
