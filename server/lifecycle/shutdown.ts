import { flushLogs, logger } from "@/server/observability/logger";

// A clean stop on SIGTERM (or SIGINT): what was registered here runs in order, each bounded, and
// the process exits 0. instrumentation.ts registers the steps of the app: stop taking requests
// and jobs, let the running jobs finish, flush traces, close the pool. npm start's launcher then
// closes the embedded database (scripts/start.ts).

/** `timeoutMs`: this step's own bound, within the whole shutdown's. */
export type ShutdownStep = { name: string; run: () => Promise<unknown> | unknown; timeoutMs?: number };

const SHUTDOWN_TIMEOUT_MS = 20_000;

const globalForShutdown = globalThis as unknown as {
  linxShutdown?: { steps: ShutdownStep[]; installed: boolean; running?: Promise<void> };
};

const state = () => (globalForShutdown.linxShutdown ??= { steps: [], installed: false });

/** Adds a step to run on shutdown (in the order added). */
export const onShutdown = (step: ShutdownStep) => {
  state().steps.push(step);
};

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([
    work.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), Math.max(0, ms)).unref()),
  ]);

/** Whether a shutdown has begun (readiness then answers 503, so a load balancer stops sending traffic). */
export const isShuttingDown = () => Boolean(globalForShutdown.linxShutdown?.running);

/** Runs every step, all within `timeoutMs` (a step past the time is left behind, logged). */
export const shutdown = (signal: string, timeoutMs = SHUTDOWN_TIMEOUT_MS): Promise<void> => {
  const current = state();
  current.running ??= (async () => {
    const log = logger("shutdown");
    const deadline = Date.now() + timeoutMs;
    log.info({ signal }, "shutting down");
    for (const step of current.steps) {
      const started = Date.now();
      const done = await within(
        Math.min(deadline - Date.now(), step.timeoutMs ?? Infinity),
        Promise.resolve().then(step.run),
      ).catch((error: unknown) => {
        log.error({ step: step.name, err: error }, "shutdown step failed");
        return true;
      });
      if (!done) log.warn({ step: step.name }, "shutdown step did not finish in time");
      else log.info({ step: step.name, durationMs: Date.now() - started }, "shutdown step done");
    }
    log.info({ signal }, "stopped");
    await flushLogs();
  })();
  return current.running;
};

/** Makes SIGTERM and SIGINT run the shutdown and exit 0 (once per process). */
export const installShutdown = () => {
  const current = state();
  if (current.installed) return;
  current.installed = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => void shutdown(signal).then(() => process.exit(0)));
  }
};
