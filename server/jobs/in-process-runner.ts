import { env } from "../env";
import { runHousekeeping } from "../services/housekeeping/run-housekeeping";
import { runDueJobs, type RunDueJobsOptions } from "./run-due-jobs";
import { setRunnerState } from "./runner-state";

// The embedded default's job trigger (DESIGN.md, "Jobs"): every JOB_RUNNER_INTERVAL_MS, run
// what is due. Each tick is scheduled when the previous one ends, so ticks never overlap; claims
// make a second process (or an Inngest run) harmless too. Kept on globalThis so a dev reload
// does not start a second loop.

type Runner = {
  intervalMs: number;
  options: RunDueJobsOptions;
  timer?: ReturnType<typeof setTimeout>;
  current?: Promise<void>;
  wakeRequested: boolean;
  stopped: boolean;
  /** When housekeeping last ran; it runs at most hourly, after a sweep. */
  housekeptAt: number;
};

const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

const globalForRunner = globalThis as unknown as { linxInProcessRunner?: Runner };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One sweep: run the due jobs and record what happened for /api/health. Never throws. */
export const runnerTick = async (options: RunDueJobsOptions = {}) => {
  const startedAt = new Date().toISOString();
  try {
    const results = await runDueJobs(options);
    setRunnerState({ lastSweepAt: startedAt, lastSweepJobs: results.length, lastError: undefined, lastErrorAt: undefined });
    return results;
  } catch (error) {
    setRunnerState({ lastSweepAt: startedAt, lastSweepJobs: 0, lastError: messageOf(error), lastErrorAt: startedAt });
    console.error(`[jobs] sweep failed: ${messageOf(error)}`);
    return [];
  }
};

/** The Inngest cron's hourly housekeeping, for the in-process trigger. Never throws. */
const housekeepIfDue = async (runner: Runner) => {
  if (Date.now() - runner.housekeptAt < HOUSEKEEPING_INTERVAL_MS) return;
  runner.housekeptAt = Date.now();
  try {
    await runHousekeeping();
  } catch (error) {
    console.error(`[jobs] housekeeping failed: ${messageOf(error)}`);
  }
};

const schedule = (runner: Runner, delayMs: number) => {
  if (runner.stopped) return;
  runner.timer = setTimeout(() => {
    runner.timer = undefined;
    runner.wakeRequested = false;
    runner.current = runnerTick(runner.options).then(async () => {
      await housekeepIfDue(runner);
      runner.current = undefined;
      schedule(runner, runner.wakeRequested ? 0 : runner.intervalMs);
    });
  }, delayMs);
  runner.timer.unref?.();
};

export type StartRunnerOptions = RunDueJobsOptions & { intervalMs?: number };

/** Starts the loop when no Inngest is configured; otherwise records that Inngest is in charge. */
export const startInProcessRunner = ({ intervalMs, ...options }: StartRunnerOptions = {}) => {
  const config = env();
  if (config.jobRunner !== "in-process") {
    setRunnerState({ mode: "inngest", running: false });
    return false;
  }
  if (globalForRunner.linxInProcessRunner) return true;
  const runner: Runner = { intervalMs: intervalMs ?? config.JOB_RUNNER_INTERVAL_MS, options, wakeRequested: false, stopped: false, housekeptAt: 0 };
  globalForRunner.linxInProcessRunner = runner;
  setRunnerState({ mode: "in-process", running: true, intervalMs: runner.intervalMs });
  schedule(runner, runner.intervalMs);
  return true;
};

/** Runs a sweep as soon as possible (after the current one, if one is running). */
export const wakeInProcessRunner = () => {
  const runner = globalForRunner.linxInProcessRunner;
  if (!runner || runner.stopped) return;
  if (runner.current) {
    runner.wakeRequested = true;
    return;
  }
  if (runner.timer) clearTimeout(runner.timer);
  schedule(runner, 0);
};

/** Stops the loop and waits for a sweep in progress to finish. */
export const stopInProcessRunner = async () => {
  const runner = globalForRunner.linxInProcessRunner;
  if (!runner) return;
  runner.stopped = true;
  if (runner.timer) clearTimeout(runner.timer);
  await runner.current;
  globalForRunner.linxInProcessRunner = undefined;
  setRunnerState({ running: false });
};
