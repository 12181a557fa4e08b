// The app instance that scripts/bench-kill-creates.ts starts and kills; not meant to run alone.
//
//   DATABASE_URL=postgresql://…/<database> BENCH_API_KEY=… node --import tsx scripts/bench-kill-creates-child.ts <creates> <concurrency> <drain: 0|1>
//
// Runs the in-process runner and sends `creates` REST creates in-process (the real POST handler)
// with Idempotency-Keys k0, k1, … and the same body for the same key, `concurrency` at a time,
// printing one line per answer: `answer <key> <status> <replayed: 0|1>`. With drain = 1 it then
// waits until no first text (WORKFLOW_SEND job) is pending or running, prints `drained <seconds>`
// or `undrained <count>`, and stops the runner.
import { performance } from "node:perf_hooks";
import pg from "pg";

const CREATES = Number(process.argv[2] ?? 600);
const CONCURRENCY = Number(process.argv[3] ?? 16);
const DRAIN = process.argv[4] === "1";
const DRAIN_DEADLINE_MS = 200_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const phone = (i: number) => `+1415555${String(i).padStart(4, "0")}`;
const body = (i: number) => ({
  title: `Keyed ${i}`,
  steps: [
    { name: "notification", parameters: { phoneNumber: phone(i) } },
    { name: "customer-account", parameters: {} },
  ],
});

const main = async () => {
  const key = process.env.BENCH_API_KEY;
  if (!process.env.DATABASE_URL || !key)
    throw new Error("Set DATABASE_URL and BENCH_API_KEY (scripts/bench-kill-creates.ts does)");
  const { callApi } = await import("../server/api/rest/api-test-kit");
  const { handleCreateWorkflow } = await import("../server/api/rest/linx/create-workflow");
  const { startInProcessRunner, stopInProcessRunner } = await import("../server/jobs/in-process-runner");
  if (!startInProcessRunner({ housekeeping: false }))
    throw new Error("the in-process runner did not start (is INNGEST_* set?)");

  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < CREATES; i = next++) {
        let status: number;
        let replayed = false;
        try {
          const answer = await callApi(handleCreateWorkflow, "/linx/workflows", {
            method: "POST",
            key,
            body: body(i),
            headers: { "idempotency-key": `k${i}` },
          });
          status = answer.status;
          replayed = answer.headers.get("idempotent-replayed") === "true";
        } catch (error) {
          status = 599;
          process.stderr.write(`k${i}: ${String(error)}\n`);
        }
        process.stdout.write(`answer k${i} ${status} ${replayed ? 1 : 0}\n`);
      }
    }),
  );

  if (DRAIN) {
    const reader = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await reader.connect();
    const started = performance.now();
    const open = async () =>
      Number(
        (
          await reader.query(
            `SELECT count(*) FROM "ScheduledJob" WHERE "kind" = 'WORKFLOW_SEND' AND "status" IN ('PENDING', 'RUNNING')`,
          )
        ).rows[0].count,
      );
    let left = await open();
    while (left > 0 && performance.now() - started < DRAIN_DEADLINE_MS) {
      await sleep(250);
      left = await open();
    }
    process.stdout.write(
      left === 0 ? `drained ${((performance.now() - started) / 1000).toFixed(1)}\n` : `undrained ${left}\n`,
    );
    await reader.end();
  }
  await stopInProcessRunner();
};

void main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
