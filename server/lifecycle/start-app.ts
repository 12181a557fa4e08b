import { closePool } from "@/server/db/pool";
import { env } from "@/server/env";
import { startInProcessRunner, stopInProcessRunner, type StartRunnerOptions } from "@/server/jobs/in-process-runner";
import { observedServers, observeRequests } from "@/server/observability/request-observer";
import { startTracing } from "@/server/observability/tracing";
import { installShutdown, onShutdown } from "./shutdown";
import { raiseStop, STOP_PATIENCE_MS } from "./stop-signal";

// What the server process starts besides Next (instrumentation.ts calls it once): traces, the
// request log and metrics, the in-process job runner, and the steps of a clean shutdown.

const closeServers = () => {
  const servers = observedServers();
  return Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    ),
  );
};

/** `runner`: options of the in-process runner (a test's runner process keeps to its business). */
export const startApp = async ({ runner }: { runner?: StartRunnerOptions } = {}) => {
  const config = env();
  const tracing = await startTracing(config);
  observeRequests();
  startInProcessRunner(runner);
  // Stop listening first (requests in flight still finish), then let the running jobs end and
  // their outcomes be written, then wait for the last responses, then flush and close.
  let serversClosed: Promise<unknown> = Promise.resolve();
  onShutdown({ name: "stop taking requests", run: () => void (serversClosed = closeServers()) });
  onShutdown({
    name: "finish running jobs",
    run: async () => {
      const cut = setTimeout(raiseStop, STOP_PATIENCE_MS);
      await stopInProcessRunner();
      clearTimeout(cut);
    },
  });
  onShutdown({ name: "finish requests in flight", run: () => serversClosed });
  // A collector that does not answer must not hold the stop up (the exporter would wait 10 s).
  if (tracing) onShutdown({ name: "flush traces", run: tracing.shutdown, timeoutMs: 2000 });
  onShutdown({ name: "close database pool", run: closePool });
  installShutdown();
};
