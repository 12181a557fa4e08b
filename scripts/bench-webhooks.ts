// Benchmark: webhook delivery throughput.
//
//   DATABASE_URL=postgresql://…/postgres npx tsx scripts/bench-webhooks.ts [events] [endpoints] [runners]
//
// Makes and drops its own database on that server. Starts `endpoints` HTTP receivers on loopback
// (each answers 204 at once), subscribes one endpoint to each, then writes `events` events, each
// in its own transaction as a domain change would. Then `runners` sweep loops (each one the
// in-process runner of one app instance: runDueJobs until nothing is due) deliver them all, signed,
// through the real HTTP sender. Prints events written per second, deliveries per second, database
// round trips, Prisma queries and jobs per delivery, and whether every endpoint received its events in order.
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

/** A receiver that answers 204 and records the webhook-id of every request, in arrival order. */
const startReceiver = async () => {
  const ids: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      ids.push(String(req.headers["webhook-id"]));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, ids, close: () => new Promise((resolve) => server.close(resolve)) };
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (the benchmark makes and drops its own database)");
  const database = await freshDatabase(serverUrl);
  const receivers = await Promise.all(Array.from({ length: ENDPOINTS }, startReceiver));
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.LINX_DEV_INBOX ??= "1"; // texts stay in the local inbox of this throwaway database
    process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "true";

    const { db } = await import("../server/db");
    const { SYSTEM } = await import("../server/services/actor");
    const { createWebhookEndpoint } = await import("../server/services/webhooks/create-webhook-endpoint");
    const { emitEvent } = await import("../server/services/webhooks/emit-event");
    const { runDueJobs } = await import("../server/jobs/run-due-jobs");

    const business = await db().business.create({ data: { name: "Bench Co", slug: `bench-${randomBytes(4).toString("hex")}` }, select: { id: true } });
    for (const receiver of receivers) await createWebhookEndpoint({ businessId: business.id, url: receiver.url, actor: SYSTEM });
    const customer = { id: "cus_bench", status: "ACTIVE" as const, firstName: "Ada", lastName: "Lovelace", email: null, phoneNumber: "+14155550100", createdAt: new Date().toISOString() };

    const emitStarted = performance.now();
    countPrismaQueries(db());
    const emitBefore = { ...counts };
    const eventIds: string[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const { eventId } = await db().$transaction((tx) => emitEvent(tx, { businessId: business.id, type: "customer.status-updated", data: { customer, previousStatus: "NEW" } }));
      eventIds.push(eventId);
    }
    const emitSeconds = (performance.now() - emitStarted) / 1000;
    const emitTripsPerEvent = (counts.roundTrips - emitBefore.roundTrips) / EVENTS;
    const emitQueriesPerEvent = (counts.prismaQueries - emitBefore.prismaQueries) / EVENTS;

    const deliveries = EVENTS * ENDPOINTS;
    const pending = () => db().webhookDelivery.count({ where: { status: "PENDING" } });
    const deliverStarted = performance.now();
    const deliverBefore = { ...counts };
    await Promise.all(
      Array.from({ length: RUNNERS }, async () => {
        // One app instance's in-process runner, with no pause between sweeps.
        while ((await runDueJobs({ businessId: business.id })).length > 0 || (await pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }),
    );
    const deliverSeconds = (performance.now() - deliverStarted) / 1000;
    const jobs = await db().scheduledJob.count({ where: { kind: "WEBHOOK_DELIVER" } });
    const failed = await db().webhookDelivery.count({ where: { status: { not: "SUCCEEDED" } } });
    const inOrder = receivers.filter((receiver) => receiver.ids.join() === eventIds.join()).length;

    const version = (await db().$queryRaw<{ server_version: string }[]>`SHOW server_version`)[0]!.server_version;
    console.log(`${EVENTS} events × ${ENDPOINTS} loopback endpoints, ${RUNNERS} runner(s), PostgreSQL ${version}, pool of ${process.env.DATABASE_POOL_MAX ?? 10}`);
    console.log(`emit     ${Math.round(EVENTS / emitSeconds)} events/s, ${emitTripsPerEvent.toFixed(1)} round trips and ${emitQueriesPerEvent.toFixed(1)} Prisma queries per event (event, ${ENDPOINTS} deliveries and their jobs in one transaction)`);
    console.log(
      `deliver  ${Math.round(deliveries / deliverSeconds)} deliveries/s (${deliveries} in ${deliverSeconds.toFixed(1)} s), ` +
        `${((counts.roundTrips - deliverBefore.roundTrips) / deliveries).toFixed(1)} round trips, ${((counts.prismaQueries - deliverBefore.prismaQueries) / deliveries).toFixed(1)} Prisma queries and ${(jobs / deliveries).toFixed(2)} jobs per delivery, ${failed} not delivered`,
    );
    console.log(`order    ${inOrder} of ${ENDPOINTS} endpoints received every event in event order`);
    await db().$disconnect();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await database.drop();
  }
};

// Dropping the database ends any connection still open; that is expected, not an error.
process.on("uncaughtException", (error) => {
  if (!/terminating connection/.test(error.message)) throw error;
});
void main().then(() => process.exit());
