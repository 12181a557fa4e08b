import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

// What the benchmarks count. Every statement either side sends goes through pg.Client#query, so
// patching it counts database round trips. Every Prisma query (raw ones too) goes through the
// engine's request, where Prisma 6 compiles it to SQL in WASM each time: that compile is most of
// the CPU a Prisma query costs, so the count says more about CPU than the round trips do.

export const counts = { roundTrips: 0, prismaQueries: 0 };

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  counts.roundTrips++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

type Engine = {
  request: (...args: unknown[]) => unknown;
  requestBatch: (queries: unknown[], ...rest: unknown[]) => unknown;
};

/** Counts the queries `client` sends from now on (pass the app's `db()`). */
export const countPrismaQueries = (client: object) => {
  const engine = (client as { _engine: Engine })._engine;
  const { request, requestBatch } = engine;
  engine.request = (...args) => {
    counts.prismaQueries++;
    return request.apply(engine, args);
  };
  engine.requestBatch = (queries, ...rest) => {
    counts.prismaQueries += queries.length;
    return requestBatch.apply(engine, [queries, ...rest]);
  };
};

type ProcessStat = { command: string; processGroup: number };

/** CPU milliseconds spent so far by the processes on this machine that `which` picks, read from /proc (0 where it cannot be read). */
const cpuMsOf = (which: (process: ProcessStat) => boolean) => {
  let ticks = 0;
  try {
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const close = stat.lastIndexOf(")");
        const fields = stat.slice(close + 2).split(" ");
        if (!which({ command: stat.slice(stat.indexOf("(") + 1, close), processGroup: Number(fields[2]) })) continue;
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
      } catch {
        // The process ended while being read.
      }
    }
  } catch {
    return 0;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
};

/**
 * CPU milliseconds spent so far by the PostgreSQL server when it runs on this machine, as on the
 * benchmark machines: what the statements cost the server, which the client's own CPU does not show.
 */
export const databaseServerCpuMs = () => cpuMsOf(({ command }) => command === "postgres");

/** CPU milliseconds spent so far by the processes of process group `group` (a server the benchmark started detached). */
export const processGroupCpuMs = (group: number) => cpuMsOf(({ processGroup }) => processGroup === group);
