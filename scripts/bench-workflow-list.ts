// Benchmark: the Portal's workflow list and dashboard over a million workflows.
//
//   npx tsx --conditions=react-server scripts/bench-workflow-list.ts [rows] [runs] [only: a regular expression of variant names]
//   BENCH_WITHOUT_INDEXES=<index>,<index> npx tsx --conditions=react-server scripts/bench-workflow-list.ts ...   (then again without them)
//
// Makes its own database on the PostgreSQL server DATABASE_URL names (default: the local server)
// and drops it at the end. Seeds one business with `rows` workflows (default 1,000,000) and a
// second with a twentieth of that, with customers, templates, steps, statuses and dates over a year
// (set-based SQL: scripts/bench-workflow-list-seed.ts), then ANALYZEs. Each list variant is timed
// through the services the Portal calls (listWorkflowSummaries with the Portal's URL parameters,
// the dashboard's summary and activity), `runs` times (default 20) after two warm-up calls. The
// SQL Prisma sent on one more call is run again under EXPLAIN (ANALYZE, BUFFERS) to show what
// each variant reads: its scans of the big tables and the 8 kB pages it touched.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";
import { createSeedHelpers, seedBusiness, templateIdOf, workflowIdOf } from "./bench-workflow-list-seed";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 20);
const ONLY = new RegExp(process.argv[4] ?? "", "i");
// BENCH_WITHOUT_INDEXES=a,b: after the table, drop those indexes and time the variants again.
const WITHOUT = (process.env.BENCH_WITHOUT_INDEXES ?? "").split(",").filter(Boolean);
const PAGE_SIZE = 25; // the Portal's page (server/api/trpc/routers/workflows/list.ts)
const BIG_TABLES = new Set(["Workflow", "Customer", "WorkflowStep"]);

// Every statement Prisma sends goes through pg.Client#query: keep them while `captured` is set.
type Statement = { text: string; values: unknown[] };
let captured: Statement[] | null = null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text: string; values?: unknown[] };
  if (captured)
    captured.push(
      typeof first === "string"
        ? { text: first, values: (args[1] as unknown[]) ?? [] }
        : { text: first.text, values: first.values ?? (args[1] as unknown[]) ?? [] },
    );
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};

const scansOf = (node: PlanNode): PlanNode[] => [
  ...(node["Relation Name"] ? [node] : []),
  ...(node.Plans ?? []).flatMap(scansOf),
];

/** What the statements read: scans of the big tables (seq scans flagged) and pages touched. */
const explain = async (client: pg.Client, statements: Statement[]) => {
  const scans: string[] = [];
  let pages = 0;
  let seq = false;
  for (const { text, values } of statements) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
    const plan = (rows[0]["QUERY PLAN"] as Array<{ Plan: PlanNode }>)[0]!.Plan;
    pages += (plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0);
    for (const scan of scansOf(plan).filter((s) => BIG_TABLES.has(s["Relation Name"]!))) {
      if (scan["Node Type"] === "Seq Scan") seq = true;
      const label = scan["Index Name"]
        ? `${scan["Node Type"].replace(" Scan", "").replace("Index Only", "IdxOnly").replace("Bitmap Index", "Bitmap").replace("Index", "Idx")}:${scan["Index Name"].replace(/_idx$/, "")}`
        : `${scan["Node Type"]}:${scan["Relation Name"]}`;
      if (!scans.includes(label)) scans.push(label);
    }
  }
  return { index: seq ? "NO" : "yes", pages, scans: scans.join(" ") };
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const main = async () => {
  const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const database = await freshDatabase(serverUrl);
  const client = new pg.Client({ connectionString: database.url });
  process.once("SIGINT", () => void database.drop().finally(() => process.exit(130)));
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.LINX_DEV_INBOX ??= "1"; // texts stay in the local inbox of this throwaway database
    await client.connect();
    const version = (await client.query("SHOW server_version")).rows[0].server_version;

    const seedStarted = performance.now();
    const elapsed = () => `${((performance.now() - seedStarted) / 1000).toFixed(0)} s`;
    await client.query("SET synchronous_commit = off");
    await createSeedHelpers(client);
    const log = (line: string) => console.log(`  [${elapsed()}] ${line}`);
    const main = await seedBusiness(client, { name: "Bench Co", tag: "bencha", workflows: ROWS, log });
    await seedBusiness(client, { name: "Other Co", tag: "benchb", workflows: Math.max(1, Math.round(ROWS / 20)), log });
    // What autovacuum does on a live table: statistics, and the visibility map index-only scans rely on.
    await client.query("VACUUM ANALYZE");
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const size = (await client.query("SELECT pg_size_pretty(pg_database_size(current_database())) AS size")).rows[0]
      .size;
    console.log(
      `Seeded ${ROWS.toLocaleString("en")} + ${Math.round(ROWS / 20).toLocaleString("en")} workflows in ${seedSeconds.toFixed(0)} s (${size}), PostgreSQL ${version}`,
    );

    // Rows to look for, read back from what the seed made.
    const probe =
      (
        await client.query(
          `SELECT w.id, w."phoneNumber", c."firstName", c."lastName" FROM "Workflow" w JOIN "Customer" c ON c.id = w."customerId" WHERE w.id = $1`,
          [await workflowIdOf(client, main.tag, Math.ceil(ROWS * 0.61803))],
        )
      ).rows[0] ??
      (
        await client.query(
          `SELECT w.id, w."phoneNumber", c."firstName", c."lastName" FROM "Workflow" w JOIN "Customer" c ON c.id = w."customerId" WHERE w."businessId" = $1 LIMIT 1`,
          [main.id],
        )
      ).rows[0];
    const rareName = (
      await client.query(
        `SELECT "lastName" FROM "Customer" WHERE "businessId" = $1 GROUP BY 1 ORDER BY count(*), 1 LIMIT 1`,
        [main.id],
      )
    ).rows[0].lastName as string;
    const deep = (
      await client.query(
        `SELECT to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS value, id FROM "Workflow" WHERE "businessId" = $1 ORDER BY "createdAt" DESC, id DESC OFFSET $2 LIMIT 1`,
        [main.id, Math.floor(ROWS / 2)],
      )
    ).rows[0] as { value: string; id: string };
    const commonTemplate = await templateIdOf(client, main.id, 0);
    const rareTemplate = await templateIdOf(client, main.id, 11);
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

    const { listWorkflowSummaries } = await import("../server/services/workflows/list-workflow-summaries");
    const { toWorkflowListQuery } = await import("../server/contracts/workflows/workflow-list-params");
    const { getDashboardSummary } = await import("../server/services/dashboard/get-dashboard-summary");
    const { getDashboardActivity } = await import("../server/services/dashboard/get-dashboard-activity");
    const { db } = await import("../server/db");
    type Params = Parameters<typeof toWorkflowListQuery>[0];
    const list = (params: Params, after?: { value: Date; id: string }) => async () =>
      (await listWorkflowSummaries({ businessId: main.id, ...toWorkflowListQuery(params), limit: PAGE_SIZE, after }))
        .items.length;

    const variants: Array<[string, () => Promise<number>]> = [
      ["first page (newest first)", list({})],
      ["sort created, oldest first", list({ sort: "created", dir: "asc" })],
      ["sort updated, newest first", list({ sort: "updated" })],
      ["sort updated, oldest first", list({ sort: "updated", dir: "asc" })],
      ["sort expiry, soonest first", list({ sort: "expiry" })],
      ["sort expiry, latest first", list({ sort: "expiry", dir: "desc" })],
      ["status COMPLETED (common)", list({ status: "COMPLETED" })],
      ["status CREATED (rare)", list({ status: "CREATED" })],
      ["template (common)", list({ template: commonTemplate })],
      ["template (rare)", list({ template: rareTemplate })],
      ["created in a 30-day range", list({ from: day(200), to: day(170) })],
      ["status COMPLETED, by updated", list({ status: "COMPLETED", sort: "updated" })],
      ["status CREATED, by updated", list({ status: "CREATED", sort: "updated" })],
      ["status ACTIVE, expiring soonest", list({ status: "ACTIVE", sort: "expiry" })],
      ["status EXPIRED, latest expiry", list({ status: "EXPIRED", sort: "expiry", dir: "desc" })],
      ["30 days + DECLINED + by updated", list({ from: day(200), to: day(170), status: "DECLINED", sort: "updated" })],
      ["search whole phone", list({ q: probe.phoneNumber })],
      ["search 4 digits of a phone", list({ q: probe.phoneNumber.slice(-4) })],
      ["search 7 digits of a phone", list({ q: probe.phoneNumber.slice(-7) })],
      ["search id", list({ q: probe.id })],
      ["search last name (common)", list({ q: "Smith" })],
      [`search last name (rare)`, list({ q: rareName })],
      ["search first + last name", list({ q: `${probe.firstName} ${probe.lastName}` })],
      ["search 2 letters of a name", list({ q: "li" })],
      ["search title word", list({ q: "deposit" })],
      ["search word matching nothing", list({ q: "Zyxwvut" })],
      ["page after 500k rows (keyset)", list({}, { value: new Date(deep.value), id: deep.id })],
      ["dashboard summary", async () => Object.keys(await getDashboardSummary({ businessId: main.id })).length],
      ...([7, 30, 90] as const).map((days): [string, () => Promise<number>] => [
        `dashboard activity ${days} days`,
        async () => (await getDashboardActivity({ businessId: main.id, days })).daily.length,
      ]),
    ];

    const table = async () => {
      console.log(
        `\n${RUNS} runs each after 2 warm-ups; "pages" = 8 kB buffers one call touches (EXPLAIN ANALYZE BUFFERS)\n`,
      );
      console.log(`| variant | p50 ms | p95 ms | rows | index | pages | scans of Workflow, Customer, WorkflowStep |`);
      console.log(`| --- | ---: | ---: | ---: | --- | ---: | --- |`);
      for (const [label, call] of variants.filter(([label]) => ONLY.test(label))) {
        await call();
        await call();
        const times: number[] = [];
        let rows = 0;
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          rows = await call();
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        captured = [];
        await call();
        const statements = captured.filter((s) => /^\s*(SELECT|WITH)/i.test(s.text));
        captured = null;
        const { index, pages, scans } = await explain(client, statements);
        console.log(
          `| ${label} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${rows} | ${index} | ${pages.toLocaleString("en")} | ${scans} |`,
        );
      }
    };
    await table();
    // The same variants again without some indexes, on the same data: what those indexes buy.
    if (WITHOUT.length > 0) {
      for (const index of WITHOUT) await client.query(`DROP INDEX "${index.replace(/"/g, "")}"`);
      console.log(`\nWithout ${WITHOUT.join(", ")}:`);
      await table();
    }
    await db().$disconnect();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    await database.drop();
  }
};

// Dropping the database ends any connection still open; that is expected, not an error.
process.on("uncaughtException", (error) => {
  if (!/terminating connection/.test(error.message)) throw error;
});
void main().then(() => process.exit());
