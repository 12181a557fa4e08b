import { env } from "@/server/env";
import { logger } from "@/server/observability/logger";
import { requestContext } from "@/server/observability/request-context";
import { runHousekeeping } from "@/server/services/housekeeping/run-housekeeping";
import { LANE_LIMITS, LANES } from "./job-lanes";
import { onJobsCommitted } from "./job-wake";
import { createLaneRunner, type LaneRunner } from "./lane-runner";
import { setRunnerState } from "./runner-state";
import { createOutcomeWriter } from "./settle-jobs";

// The embedded default's trigger (ARCHITECTURE.md, "The path of one job"): every lane runs continuously in this
// process, woken the moment a unit of work commits jobs (job-wake.ts) and otherwise every
// JOB_RUNNER_INTERVAL_MS (jobs of other instances, retries that came due). Claims make a second
// instance, or an Inngest run, harmless. Kept on globalThis so a dev reload does not start a
// second runner.

type Runner = { lanes: LaneRunner[]; unsubscribe: () => void; housekeeping: ReturnType<typeof setInterval> };

const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;
const globalForRunner = globalThis as unknown as { linxInProcessRunner?: Runner };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const housekeep = () =>
  runHousekeeping().catch((error: unknown) => logger("jobs").error({ err: error }, "housekeeping failed"));

export type StartRunnerOptions = { intervalMs?: number; businessId?: string; housekeeping?: boolean };

/** Starts the lanes when no Inngest is configured; otherwise records that Inngest is in charge. */
export const startInProcessRunner = ({ intervalMs, businessId, housekeeping = true }: StartRunnerOptions = {}) => {
  const config = env();
  if (config.jobRunner !== "in-process") {
    setRunnerState({ mode: "inngest", running: false });
    return false;
  }
  if (globalForRunner.linxInProcessRunner) return true;
  const every = intervalMs ?? config.JOB_RUNNER_INTERVAL_MS;
  const writer = createOutcomeWriter();
  const onError = (error: unknown) => {
    const at = new Date().toISOString();
    setRunnerState({ lastError: messageOf(error), lastErrorAt: at });
    logger("jobs").error({ err: error }, "job runner error");
  };
  const onRan = () => setRunnerState({ lastRunAt: new Date().toISOString() });
  const lanes = LANES.map((lane) =>
    createLaneRunner({ lane, limits: LANE_LIMITS[lane], intervalMs: every, writer, businessId, onError, onRan }),
  );
  // Woken from a request's unit of work, the lanes still run outside that request's context: their
  // log lines must not carry the id of whichever request woke them last.
  const unsubscribe = onJobsCommitted((jobs) =>
    requestContext().exit(() => {
      for (const job of jobs) lanes.find((runner) => runner.lane === job.lane)?.wakeAt(job.runAt);
    }),
  );
  const timer = setInterval(() => void housekeep(), HOUSEKEEPING_INTERVAL_MS);
  timer.unref?.();
  globalForRunner.linxInProcessRunner = { lanes, unsubscribe, housekeeping: timer };
  setRunnerState({
    mode: "in-process",
    running: true,
    intervalMs: every,
    lanes: Object.fromEntries(lanes.map((runner) => [runner.lane, LANE_LIMITS[runner.lane].concurrency])),
  });
  for (const runner of lanes) runner.wake();
  if (housekeeping) void housekeep();
  return true;
};

/** Wakes every lane (tests; a new job wakes its own lane through the unit of work). */
export const wakeInProcessRunner = () => {
  for (const runner of globalForRunner.linxInProcessRunner?.lanes ?? []) runner.wake();
};

/** Stops claiming, and waits for the jobs in flight to finish and their outcomes to be written. */
export const stopInProcessRunner = async () => {
  const runner = globalForRunner.linxInProcessRunner;
  if (!runner) return;
  globalForRunner.linxInProcessRunner = undefined;
  runner.unsubscribe();
  clearInterval(runner.housekeeping);
  await Promise.all(runner.lanes.map((lane) => lane.stop()));
  setRunnerState({ running: false });
};
