// Benchmark: no customer text waits behind a webhook delivery (head-of-line blocking).
//
//   DATABASE_URL=postgresql://…/postgres npx tsx --conditions=react-server scripts/bench-head-of-line.ts [burst] [concurrency] [trailing]
//
// Makes and drops its own database on that server. One business with three webhook endpoints on
// loopback receivers in this process: two accept the connection and never answer (the sender's
// 15 s timeout applies), one answers 500 at once; every workflow event goes to all three. The
// app's in-process runner (no Inngest configured) runs every lane. Then `burst` (1,000) REST
// creates, in-process through the real POST handler, `concurrency` (16) at a time, each with a
// fresh phone number and an Idempotency-Key; then one create a second for `trailing` (20) seconds.
// SMS goes to the local provider (no TWILIO_* set), which records the Notification row: a first
// text has left when its INITIAL Notification has its `sentAt`. Prints, for the trailing creates,
// p50 / p99 / max of (first text sent − workflow createdAt); for the burst, the time from its last
// answer until every first text of the burst was sent; and the webhooks lane's progress at the
// end. Targets: trailing p99 ≤ 2 s, the whole burst out within 60 s of its end.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";

const BURST = Number(process.argv[2] ?? 1000);
const CONCURRENCY = Number(process.argv[3] ?? 16);
const TRAILING = Number(process.argv[4] ?? 20);
/** How long after the burst's end to wait for the last text before giving up. */
const WAIT_AFTER_BURST_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const phone = (i: number) => `+1415555${String(i).padStart(4, "0")}`;
const body = (i: number) => ({
  title: `Head of line ${i}`,
  steps: [
    { name: "notification", parameters: { phoneNumber: phone(i) } },
    { name: "customer-account", parameters: {} },
  ],
});

/** `answer` decides what to do with each request: answer it, or hold it open forever. */
const startReceiver = async (answer: (res: import("node:http").ServerResponse) => void) => {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    req.resume();
    req.on("end", () => answer(res));
  });
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  if (BURST + TRAILING > 10_000) throw new Error("at most 10,000 creates (one phone number each)");
  const database = await freshDatabase(serverUrl);
  const receivers = await Promise.all([
    startReceiver(() => {}),
    startReceiver(() => {}),
    startReceiver((res) => res.writeHead(500, { "content-type": "text/plain" }).end("down")),
  ]);
  const reader = new pg.Client({ connectionString: database.url });
  let stopRunner = async () => {};
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
    process.env.LINX_DEV_INBOX = "1"; // texts go to the local inbox, which a DATABASE_URL otherwise refuses
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.APP_URL ??= "http://localhost:3000";
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";
    // The in-process trigger and the local SMS provider.
    for (const name of Object.keys(process.env))
      if (name.startsWith("INNGEST_") || name.startsWith("TWILIO_")) delete process.env[name];

    const { callApi } = await import("../server/api/rest/api-test-kit");
    const { createTestBusiness } = await import("../server/testing/factories");
    const { handleCreateWorkflow } = await import("../server/api/rest/linx/create-workflow");
    const { db } = await import("../server/db");
    const { closePool } = await import("../server/db/pool");
    const { SYSTEM } = await import("../server/services/actor");
    const { createWebhookEndpoint } = await import("../server/services/webhooks/create-webhook-endpoint");
    const { startInProcessRunner, stopInProcessRunner } = await import("../server/jobs/in-process-runner");

    const { apiKey: key, ...business } = await createTestBusiness({ name: "Bench Co" });
    // The burst and the trailing creates together pass the default hourly text cap (1,000); this business may send more.
    await db().business.update({ where: { id: business.id }, data: { smsHourlyCap: 100_000 } });
    for (const receiver of receivers)
      await createWebhookEndpoint({ businessId: business.id, url: receiver.url, actor: SYSTEM });
    if (!startInProcessRunner({ businessId: business.id, housekeeping: false }))
      throw new Error("the in-process runner did not start (is INNGEST_* set?)");
    stopRunner = async () => {
      stopRunner = async () => {};
      await stopInProcessRunner();
    };
    await reader.connect();

    const create = async (i: number) => {
      const { status, body: answer } = await callApi(handleCreateWorkflow, "/linx/workflows", {
        method: "POST",
        key,
        body: body(i),
        headers: { "idempotency-key": randomUUID() },
      });
      if (status !== 201) throw new Error(`create ${i} answered ${status}: ${JSON.stringify(answer)}`);
      return answer.id as string;
    };

    const burstIds: string[] = [];
    let next = 0;
    const burstStarted = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < BURST; i = next++) burstIds.push(await create(i));
      }),
    );
    const burstEnd = new Date();
    const burstSeconds = (performance.now() - burstStarted) / 1000;
    console.log(
      `${BURST} creates, ${CONCURRENCY} at a time, in ${burstSeconds.toFixed(1)} s (${Math.round(BURST / burstSeconds)}/s); 3 endpoints: 2 never answer, 1 answers 500`,
    );

    // One create a second, each sent on its second whatever the others do.
    const trailingIds = await Promise.all(
      Array.from({ length: TRAILING }, async (_, n) => {
        await sleep(n * 1000);
        return create(BURST + n);
      }),
    );

    type Sent = { id: string; createdAt: Date; sentAt: Date | null };
    const firstTexts = async (ids: string[]) =>
      (
        await reader.query<Sent>(
          `SELECT w."id", w."createdAt" AT TIME ZONE 'UTC' AS "createdAt", min(n."sentAt") AT TIME ZONE 'UTC' AS "sentAt"
           FROM "Workflow" w LEFT JOIN "Notification" n ON n."workflowId" = w."id" AND n."origin" = 'INITIAL'
           WHERE w."id" = ANY($1::text[]) GROUP BY w."id"`,
          [ids],
        )
      ).rows;
    const all = [...burstIds, ...trailingIds];
    const deadline = burstEnd.getTime() + WAIT_AFTER_BURST_MS;
    let rows = await firstTexts(all);
    while (rows.some((row) => !row.sentAt) && Date.now() < deadline) {
      await sleep(250);
      rows = await firstTexts(all);
    }
    const byId = new Map(rows.map((row) => [row.id, row]));

    const trailing = trailingIds.map((id) => byId.get(id)!);
    const waits = trailing
      .filter((row) => row.sentAt)
      .map((row) => row.sentAt!.getTime() - row.createdAt.getTime())
      .sort((a, b) => a - b);
    const unsentTrailing = trailing.length - waits.length;
    console.log(
      `trailing ${TRAILING} creates, one a second: first text sent after its create p50 ${percentile(waits, 50)} ms, p99 ${percentile(waits, 99)} ms, max ${waits.at(-1)} ms` +
        (unsentTrailing
          ? `, ${unsentTrailing} NOT SENT within ${WAIT_AFTER_BURST_MS / 1000} s of the burst's end`
          : "") +
        ` (target p99 ≤ 2000 ms)`,
    );
    const burst = burstIds.map((id) => byId.get(id)!);
    const unsentBurst = burst.filter((row) => !row.sentAt).length;
    const lastBurstText = Math.max(...burst.filter((row) => row.sentAt).map((row) => row.sentAt!.getTime()));
    const burstWaits = burst
      .filter((row) => row.sentAt)
      .map((row) => row.sentAt!.getTime() - row.createdAt.getTime())
      .sort((a, b) => a - b);
    console.log(
      `burst    every first text of the burst ${unsentBurst ? `NOT out: ${unsentBurst} unsent ${WAIT_AFTER_BURST_MS / 1000} s after its end` : `out ${((lastBurstText - burstEnd.getTime()) / 1000).toFixed(1)} s after its end`}` +
        ` (target ≤ 60 s); create → text p50 ${percentile(burstWaits, 50)} ms, p99 ${percentile(burstWaits, 99)} ms`,
    );

    const deliveries = (
      await reader.query<{ status: string; count: string }>(
        `SELECT "status"::text, count(*) FROM "WebhookDelivery" GROUP BY 1 ORDER BY 1`,
      )
    ).rows;
    const jobs = (
      await reader.query<{ status: string; count: string }>(
        `SELECT "status"::text, count(*) FROM "ScheduledJob" WHERE "lane" = 'WEBHOOKS' GROUP BY 1 ORDER BY 1`,
      )
    ).rows;
    const attempts = (
      await reader
        .query<{ n: string }>(`SELECT count(*) AS n FROM "WebhookAttempt"`)
        .catch(() => ({ rows: [{ n: "?" }] }))
    ).rows[0]!.n;
    console.log(
      `webhooks lane at the end: deliveries ${deliveries.map((row) => `${row.status} ${row.count}`).join(", ")}; jobs ${jobs.map((row) => `${row.status} ${row.count}`).join(", ")}; ` +
        `${attempts} attempts logged; requests received: ${receivers.map((r) => r.requests()).join(" / ")} (hanging, hanging, 500)`,
    );
    const doubled = (
      await reader.query<{ n: string }>(
        `SELECT count(*) AS n FROM (SELECT "workflowId" FROM "Notification" WHERE "origin" = 'INITIAL' GROUP BY 1 HAVING count(*) > 1) x`,
      )
    ).rows[0]!.n;
    if (unsentBurst || unsentTrailing || Number(doubled) > 0) {
      console.error(
        `sanity: ${unsentBurst + unsentTrailing} first texts unsent, ${doubled} workflows with more than one first text`,
      );
      process.exitCode = 1;
    }
    await Promise.race([stopRunner(), sleep(20_000)]);
    await db().$disconnect();
    await closePool();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await reader.end().catch(() => {});
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await database.drop();
  }
};

// Dropping the database ends any connection still open; that is expected, not an error.
process.on("uncaughtException", (error) => {
  if (!/terminating connection/.test(error.message)) throw error;
});
process.on("unhandledRejection", (error) => {
  if (!/terminating connection|Connection terminated|pool/i.test(String(error))) throw error;
});
void main().then(() => process.exit());
