import { performance } from "node:perf_hooks";

// What the benchmarks share: a fixed number of calls, `concurrency` at a time, how their latencies
// and ratios are printed, and the create the create benchmarks send.

export type Load = { seconds: number /** Sorted, in milliseconds. */; latencies: number[] };

/** Calls `one(0)` … `one(requests - 1)`, `concurrency` at a time; each call's latency and the whole run's time. */
export const runConcurrently = async (
  one: (i: number) => Promise<void>,
  requests: number,
  concurrency: number,
): Promise<Load> => {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < requests; i = next++) {
        const t = performance.now();
        await one(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
};

/** `label  N req/s  p50 … p95 … p99 …`, the start of a benchmark's line for one run. */
export const describeLoad = (label: string, { seconds, latencies }: Load) => {
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  return `  ${label.padEnd(8)} ${String(Math.round(latencies.length / seconds)).padStart(6)} req/s   p50 ${pct(50).padStart(6)} ms   p95 ${pct(95).padStart(6)} ms   p99 ${pct(99).padStart(6)} ms`;
};

export type BenchPath = [label: string, one: (i: number) => Promise<void>];

/**
 * Runs every path `rounds` times, each round in another order (rotating), so that a change in the
 * machine's load (other work on its cores) falls on all of them alike; hands each round's results,
 * by label, to `done` as the round ends.
 */
export const runRounds = async <R>(
  paths: BenchPath[],
  rounds: number,
  run: (path: BenchPath) => Promise<R>,
  done: (results: Map<string, R>, round: number) => void,
) => {
  for (let round = 0; round < rounds; round++) {
    const results = new Map<string, R>();
    for (let k = 0; k < paths.length; k++) {
      const path = paths[(round + k) % paths.length]!;
      results.set(path[0], await run(path));
    }
    done(results, round);
  }
};

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Ratios as percentages: `94%, 86%, 43%`. */
export const percents = (values: number[]) => values.map((r) => `${(r * 100).toFixed(0)}%`).join(", ");

/** The create both create benchmarks send, the `i`th: four steps, a text to a number of its own (of 10,000). */
export const benchWorkflowBody = (i: number) => ({
  title: `Bench ${i}`,
  steps: [
    { name: "notification", parameters: { phoneNumber: `+1415555${String(i % 10_000).padStart(4, "0")}` } },
    { name: "customer-account", parameters: {} },
    { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
    {
      name: "move-money",
      parameters: { transactionType: "REQUEST", solution: "ach", amount: "125.00", currency: "USD" },
    },
  ],
});
