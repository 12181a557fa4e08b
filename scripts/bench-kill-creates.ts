// Benchmark: kill -9 in the middle of keyed creates; nothing lost, nothing doubled, no 409.
//
//   DATABASE_URL=postgresql://…/postgres npx tsx --conditions=react-server scripts/bench-kill-creates.ts [creates] [concurrency] [kill after]
//
// Makes and drops its own database on that server, with one business and an API key. Then starts
// an app instance (scripts/bench-kill-creates-child.ts under `node --import tsx`, in-process runner,
// local SMS provider) that sends `creates` (600) REST creates with Idempotency-Keys k0…k599,
// `concurrency` (16) at a time, and kills it with SIGKILL once `kill after` (40%) of them have
// answered: creates, their first texts and the runner are all mid-flight. A fresh instance then
// retries ALL the keys with the same bodies and lets its runner send the texts, waiting until no
// first-text job is pending or running (the jobs the dead instance held come due again when their
// 2-minute lease ends). Prints the workflows created (must be exactly `creates`), the retry pass's
// answers (201, replayed, 409, 5xx: no 409 allowed) and the first texts (INITIAL Notification
// rows) per workflow (exactly one each, sent). Exits non-zero when any check fails.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";

const CREATES = Number(process.argv[2] ?? 600);
const CONCURRENCY = Number(process.argv[3] ?? 16);
const KILL_AFTER = Number(process.argv[4] ?? Math.round(CREATES * 0.4));

type Answer = { key: string; status: number; replayed: boolean };

/** Runs one app instance; `onAnswer` sees each answer as it is printed. Resolves when it exits. */
const runChild = (
  env: NodeJS.ProcessEnv,
  drain: boolean,
  onAnswer: (answer: Answer, child: ReturnType<typeof spawn>) => void,
) => {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      new URL("./bench-kill-creates-child.ts", import.meta.url).pathname,
      String(CREATES),
      String(CONCURRENCY),
      drain ? "1" : "0",
    ],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line);
    const [word, key, status, replayed] = line.split(" ");
    if (word === "answer") onAnswer({ key: key!, status: Number(status), replayed: replayed === "1" }, child);
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[] }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, lines })),
  );
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  const database = await freshDatabase(serverUrl);
  const reader = new pg.Client({ connectionString: database.url });
  const failures: string[] = [];
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
    process.env.LINX_DEV_INBOX = "1"; // texts go to the local inbox, which a DATABASE_URL otherwise refuses
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.APP_URL ??= "http://localhost:3000";
    // The in-process trigger and the local SMS provider, in this process and in the children.
    for (const name of Object.keys(process.env))
      if (name.startsWith("INNGEST_") || name.startsWith("TWILIO_")) delete process.env[name];

    const { createTestBusiness } = await import("../server/testing/factories");
    const { db } = await import("../server/db");
    const { closePool } = await import("../server/db/pool");
    const { apiKey: key, ...business } = await createTestBusiness({ name: "Bench Co" });
    await db().$disconnect();
    await closePool();
    const env = { ...process.env, BENCH_API_KEY: key };
    await reader.connect();

    // Pass 1: killed with SIGKILL after KILL_AFTER answers.
    let answered = 0;
    const first: Answer[] = [];
    const killStarted = performance.now();
    const killed = await runChild(env, false, (answer, child) => {
      first.push(answer);
      if (++answered === KILL_AFTER) child.kill("SIGKILL");
    });
    const killSeconds = (performance.now() - killStarted) / 1000;
    const atKill = Number(
      (await reader.query(`SELECT count(*) FROM "Workflow" WHERE "businessId" = $1`, [business.id])).rows[0].count,
    );
    const heldJobs = Number(
      (
        await reader.query(
          `SELECT count(*) FROM "ScheduledJob" WHERE "kind" = 'WORKFLOW_SEND' AND "status" = 'RUNNING'`,
        )
      ).rows[0].count,
    );
    const textsAtKill = Number(
      (await reader.query(`SELECT count(*) FROM "Notification" WHERE "origin" = 'INITIAL' AND "sentAt" IS NOT NULL`))
        .rows[0].count,
    );
    console.log(
      `pass 1   killed (${killed.signal ?? `exit ${killed.code}`}) after ${first.length} of ${CREATES} answers (${first.filter((a) => a.status === 201).length} × 201) in ${killSeconds.toFixed(1)} s: ` +
        `${atKill} workflows committed, ${textsAtKill} first texts sent, ${heldJobs} first-text jobs left RUNNING by the dead instance`,
    );
    if (killed.signal !== "SIGKILL")
      failures.push("the first instance was not killed by SIGKILL (it finished or crashed first)");

    // Pass 2: every key again, same bodies; then the runner sends what is left.
    const second: Answer[] = [];
    const retryStarted = performance.now();
    const retried = await runChild(env, true, (answer) => void second.push(answer));
    const retrySeconds = (performance.now() - retryStarted) / 1000;
    const drained =
      retried.lines.find((line) => line.startsWith("drained") || line.startsWith("undrained")) ?? "no drain line";
    const fresh = second.filter((a) => a.status === 201 && !a.replayed).length;
    const replayed = second.filter((a) => a.status === 201 && a.replayed).length;
    const conflicts = second.filter((a) => a.status === 409).length;
    const serverErrors = second.filter((a) => a.status >= 500).length;
    const others = second.length - fresh - replayed - conflicts - serverErrors;
    console.log(
      `pass 2   ${second.length} keys retried in ${retrySeconds.toFixed(1)} s (exit ${retried.code}): ${fresh} answered 201 (created now), ${replayed} replayed, ${conflicts} × 409, ${serverErrors} × 5xx, ${others} other; ` +
        `runner ${drained.startsWith("drained") ? `drained the first texts ${drained.split(" ")[1]} s after the last answer` : `NOT drained (${drained})`}`,
    );
    if (second.length !== CREATES) failures.push(`the retry pass answered ${second.length} of ${CREATES} keys`);
    if (conflicts > 0) failures.push(`${conflicts} keys answered 409 on the retry pass`);
    if (serverErrors > 0 || others > 0)
      failures.push(`${serverErrors} 5xx and ${others} other answers on the retry pass`);
    if (retried.code !== 0) failures.push(`the retry instance exited with ${retried.code}`);
    if (!drained.startsWith("drained")) failures.push(`first-text jobs still pending: ${drained}`);

    const workflows = (
      await reader.query<{ title: string; n: string }>(
        `SELECT "title", count(*) AS n FROM "Workflow" WHERE "businessId" = $1 GROUP BY "title"`,
        [business.id],
      )
    ).rows;
    const total = workflows.reduce((sum, row) => sum + Number(row.n), 0);
    const doubled = workflows.filter((row) => Number(row.n) > 1).length;
    const lost = CREATES - workflows.length;
    console.log(`created  ${total} workflows for ${CREATES} keys: ${lost} lost, ${doubled} doubled`);
    if (total !== CREATES || lost !== 0 || doubled !== 0)
      failures.push(`${total} workflows (${lost} lost, ${doubled} doubled)`);

    const texts = (
      await reader.query<{ texts: number; sent: number; workflows: string }>(
        `SELECT texts, sent, count(*) AS workflows FROM (
           SELECT w."id", count(n."id")::int AS texts, count(n."sentAt")::int AS sent
           FROM "Workflow" w LEFT JOIN "Notification" n ON n."workflowId" = w."id" AND n."origin" = 'INITIAL'
           WHERE w."businessId" = $1 GROUP BY w."id") per GROUP BY texts, sent ORDER BY texts, sent`,
        [business.id],
      )
    ).rows;
    console.log(
      `texts    first texts (INITIAL) per workflow: ${texts.map((row) => `${row.workflows} workflows with ${row.texts} (${row.sent} sent)`).join(", ")}`,
    );
    const exactlyOne = texts
      .filter((row) => row.texts === 1 && row.sent === 1)
      .reduce((sum, row) => sum + Number(row.workflows), 0);
    if (exactlyOne !== total) failures.push(`${total - exactlyOne} workflows without exactly one sent first text`);

    console.log(
      failures.length === 0
        ? "result   PASS: 0 lost, 0 doubled, every first text sent exactly once, no 409"
        : `result   FAIL: ${failures.join("; ")}`,
    );
    if (failures.length > 0) process.exitCode = 1;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await reader.end().catch(() => {});
    await database.drop();
  }
};

// Dropping the database ends any connection still open; that is expected, not an error.
process.on("uncaughtException", (error) => {
  if (!/terminating connection/.test(error.message)) throw error;
});
void main().then(() => process.exit());
