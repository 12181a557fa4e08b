// Benchmark: webhook delivery throughput through the real job runner.
//
//   DATABASE_URL=postgresql://…/postgres npx tsx --conditions=react-server scripts/bench-webhooks.ts [events] [endpoints] [runners]
//
// Makes and drops its own database on that server. Starts `endpoints` HTTP receivers on loopback
// (each answers 204 at once), subscribes one endpoint to each, then writes `events` events, each
// in its own transaction as a domain change would. Then the app's in-process runner
// (startInProcessRunner, no Inngest configured) delivers them all, signed, through the real HTTP
// sender; with `runners` > 1 each further runner is the WEBHOOKS lane of another app instance
// (its own lane runner and outcome writer) sharing the same database, as two instances would.
// Prints events written per second, deliveries per second, database round trips (every pg
// query: Prisma's and the hand-written SQL), Prisma queries and jobs per delivery, and how many
// deliveries did not succeed, and this process's CPU per delivery (steadier than deliveries/s on a
// busy machine; the receivers run in this process too). Per-endpoint order is not promised (the payload carries a
// `sequence`), so it checks instead that every endpoint received every event exactly once, and
// exits non-zero if a delivery was lost or doubled.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { migrate } from "../server/db/migrate";
import { freshDatabase } from "../server/testing/fresh-database";
import { counts, countPrismaQueries } from "./bench-counters";

const EVENTS = Number(process.argv[2] ?? 500);
const ENDPOINTS = Number(process.argv[3] ?? 4);
const RUNNERS = Number(process.argv[4] ?? 1);
const DEADLINE_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A receiver that answers 204 and records the webhook-id of every request. */
const startReceiver = async () => {
  const ids: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      ids.push(String(req.headers["webhook-id"]));
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    ids,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  const database = await freshDatabase(serverUrl);
  const receivers = await Promise.all(Array.from({ length: ENDPOINTS }, startReceiver));
  let stopRunners = async () => {};
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.LINX_DEV_INBOX ??= "1"; // texts stay in the local inbox of this throwaway database
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";
    // The in-process trigger: no Inngest configured.
    for (const name of Object.keys(process.env)) if (name.startsWith("INNGEST_")) delete process.env[name];

    const { db } = await import("../server/db");
    const { SYSTEM } = await import("../server/services/actor");
    const { createWebhookEndpoint } = await import("../server/services/webhooks/create-webhook-endpoint");
    const { emitEvent } = await import("../server/services/webhooks/emit-event");
    const { inUnitOfWork } = await import("../server/work/unit-of-work");
    const { startInProcessRunner, stopInProcessRunner } = await import("../server/jobs/in-process-runner");
    const { createLaneRunner } = await import("../server/jobs/lane-runner");
    const { createOutcomeWriter } = await import("../server/jobs/settle-jobs");
    const { LANE_LIMITS } = await import("../server/jobs/job-lanes");
    const { closePool } = await import("../server/db/pool");

    const business = await db().business.create({
      data: { name: "Bench Co", slug: `bench-${randomBytes(4).toString("hex")}` },
      select: { id: true },
    });
    for (const receiver of receivers)
      await createWebhookEndpoint({ businessId: business.id, url: receiver.url, actor: SYSTEM });
    const customer = {
      id: "cus_bench",
      status: "ACTIVE" as const,
      firstName: "Ada",
      lastName: "Lovelace",
      email: null,
      phoneNumber: "+14155550100",
      createdAt: new Date().toISOString(),
    };

    countPrismaQueries(db());
    const emitStarted = performance.now();
    const emitBefore = { ...counts };
    const eventIds: string[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const { eventId } = await inUnitOfWork((uow) =>
        emitEvent(uow, {
          businessId: business.id,
          type: "customer.status-updated",
          data: { customer, previousStatus: "NEW" },
        }),
      );
      eventIds.push(eventId);
    }
    const emitSeconds = (performance.now() - emitStarted) / 1000;
    const emitTripsPerEvent = (counts.roundTrips - emitBefore.roundTrips) / EVENTS;
    const emitQueriesPerEvent = (counts.prismaQueries - emitBefore.prismaQueries) / EVENTS;

    // The benchmark's own polling is counted too; measure one poll and subtract them afterwards.
    let polls = 0;
    const pending = async () => {
      polls++;
      return db().webhookDelivery.count({ where: { status: "PENDING" } });
    };
    const pollBefore = { ...counts };
    await pending();
    const pollCost = {
      roundTrips: counts.roundTrips - pollBefore.roundTrips,
      prismaQueries: counts.prismaQueries - pollBefore.prismaQueries,
    };
    polls = 0;

    const deliveries = EVENTS * ENDPOINTS;
    const received = () => receivers.reduce((sum, receiver) => sum + receiver.ids.length, 0);
    const deliverBefore = { ...counts };
    const deliverStarted = performance.now();
    const deliverCpu = process.cpuUsage();

    // Instance 1: the app's own in-process runner (all lanes), only this business's jobs.
    if (!startInProcessRunner({ businessId: business.id, housekeeping: false, intervalMs: 200 }))
      throw new Error("the in-process runner did not start (is INNGEST_* set?)");
    // Instances 2…n: the WEBHOOKS lane of further app instances on the same database.
    const others = Array.from({ length: RUNNERS - 1 }, () =>
      createLaneRunner({
        lane: "WEBHOOKS",
        limits: LANE_LIMITS.WEBHOOKS,
        intervalMs: 200,
        writer: createOutcomeWriter(),
        businessId: business.id,
        onError: (error) => console.error(`[bench runner] ${String(error)}`),
      }),
    );
    for (const runner of others) runner.wake();
    stopRunners = async () => {
      await Promise.all([stopInProcessRunner(), ...others.map((runner) => runner.stop())]);
      stopRunners = async () => {};
    };

    // Wait on the receivers first (no database queries), then for the last outcomes to be written.
    const deadline = Date.now() + DEADLINE_MS;
    while (received() < deliveries && Date.now() < deadline) await sleep(5);
    let left = await pending();
    while (left > 0 && Date.now() < deadline) {
      await sleep(5);
      left = await pending();
    }
    const deliverSeconds = (performance.now() - deliverStarted) / 1000;
    const { user, system } = process.cpuUsage(deliverCpu);
    const cpuMsPerDelivery = (user + system) / 1000 / deliveries;
    const deliverTrips = counts.roundTrips - deliverBefore.roundTrips - polls * pollCost.roundTrips;
    const deliverQueries = counts.prismaQueries - deliverBefore.prismaQueries - polls * pollCost.prismaQueries;
    await stopRunners();

    const jobs = await db().scheduledJob.count({ where: { kind: "WEBHOOK_DELIVER" } });
    const notDelivered = await db().webhookDelivery.count({ where: { status: { not: "SUCCEEDED" } } });
    const expected = new Set(eventIds);
    const problems: string[] = [];
    receivers.forEach((receiver, n) => {
      const seen = new Map<string, number>();
      for (const id of receiver.ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      const missing = eventIds.filter((id) => !seen.has(id)).length;
      const doubled = [...seen.values()].filter((times) => times > 1).length;
      const unknown = [...seen.keys()].filter((id) => !expected.has(id)).length;
      if (missing || doubled || unknown)
        problems.push(
          `endpoint ${n + 1}: ${missing} events missing, ${doubled} received more than once, ${unknown} unknown`,
        );
    });

    const version = (await db().$queryRaw<{ server_version: string }[]>`SHOW server_version`)[0]!.server_version;
    console.log(
      `${EVENTS} events × ${ENDPOINTS} loopback endpoints, ${RUNNERS} runner instance(s), PostgreSQL ${version}, pool of ${process.env.DATABASE_POOL_MAX ?? 10}`,
    );
    console.log(
      `emit     ${Math.round(EVENTS / emitSeconds)} events/s, ${emitTripsPerEvent.toFixed(1)} round trips and ${emitQueriesPerEvent.toFixed(1)} Prisma queries per event (event, ${ENDPOINTS} deliveries and their jobs in one transaction)`,
    );
    console.log(
      `deliver  ${Math.round(deliveries / deliverSeconds)} deliveries/s (${deliveries} in ${deliverSeconds.toFixed(2)} s), ` +
        `${cpuMsPerDelivery.toFixed(2)} ms of this process's CPU (sender and receivers), ${(deliverTrips / deliveries).toFixed(2)} round trips, ${(deliverQueries / deliveries).toFixed(2)} Prisma queries and ${(jobs / deliveries).toFixed(2)} jobs per delivery, ${notDelivered} not delivered` +
        (left > 0 ? ` (${left} still pending at the ${DEADLINE_MS / 1000} s deadline)` : ""),
    );
    console.log(
      problems.length === 0
        ? `received every endpoint received each of the ${EVENTS} events exactly once (${received()} requests)`
        : `received PROBLEM: ${problems.join("; ")}`,
    );
    if (problems.length > 0 || notDelivered > 0 || received() !== deliveries) process.exitCode = 1;
    await db().$disconnect();
    await closePool();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await stopRunners().catch(() => {});
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await database.drop();
  }
};

// Dropping the database ends any connection still open; that is expected, not an error.
process.on("uncaughtException", (error) => {
  if (!/terminating connection/.test(error.message)) throw error;
});
void main().then(() => process.exit());
