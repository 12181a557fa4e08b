// What the in-process job runner last did, kept on globalThis so /api/health (same process)
// can report it. Inngest mode keeps no state here: Inngest itself runs the jobs.
export type RunnerState = {
  mode: "inngest" | "in-process";
  running: boolean;
  intervalMs?: number;
  lastSweepAt?: string;
  /** How many due jobs the last sweep ran (done, retried or failed). */
  lastSweepJobs?: number;
  /** The last sweep that could not run (typically the database), kept until a sweep succeeds. */
  lastError?: string;
  lastErrorAt?: string;
};

const globalForRunner = globalThis as unknown as { linxRunnerState?: RunnerState };

export const runnerState = (): RunnerState => globalForRunner.linxRunnerState ?? { mode: "in-process", running: false };

export const setRunnerState = (patch: Partial<RunnerState>) => {
  globalForRunner.linxRunnerState = { ...runnerState(), ...patch };
};
