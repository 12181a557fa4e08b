// How failures back off, and how much the sweep sends on. (How long a claim holds a job is each
// lane's own: job-lanes.ts.)

/** After this many attempts a failing job is FAILED and left for a person to look at. */
export const JOB_MAX_ATTEMPTS = 8;

/** How many due jobs one sweep (the Inngest cron's safety net) sends on; the next sweep takes the rest. */
export const SWEEP_BATCH_SIZE = 500;

const BACKOFF_BASE_MS = 15_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** 15 s, 30 s, 1 min, 2 min … capped at 1 h, with up to 20% jitter so retries of a burst spread out. */
export const retryDelayMs = (attempts: number, random: () => number = Math.random) => {
  const exponential = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (1 + 0.2 * random()));
};
