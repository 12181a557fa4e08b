// What the in-process job runner is doing, kept on globalThis so /api/health (same process) can
// report it. Inngest mode keeps no state here: Inngest itself runs the jobs.
export type RunnerState = {
  mode: "inngest" | "in-process";
  running: boolean;
  intervalMs?: number;
  /** Each lane's concurrency. */
  lanes?: Record<string, number>;
  /** When a job last finished. */
  lastRunAt?: string;
  /** The last error of a claim or a write (typically the database). */
  lastError?: string;
  lastErrorAt?: string;
};

const globalForRunner = globalThis as unknown as { linxRunnerState?: RunnerState };

export const runnerState = (): RunnerState => globalForRunner.linxRunnerState ?? { mode: "in-process", running: false };

export const setRunnerState = (patch: Partial<RunnerState>) => {
  globalForRunner.linxRunnerState = { ...runnerState(), ...patch };
};
