import type { JobLane } from "@/server/generated/prisma/enums";
import { claimDueJobs } from "./claim-jobs";
import type { ClaimedJob } from "./job-handler";
import type { LaneLimits } from "./job-lanes";
import { executeJobs, groupForRunning } from "./run-job";
import type { createOutcomeWriter } from "./settle-jobs";

const WAKE_MARGIN_MS = 25;

export type LaneRunnerOptions = {
  lane: JobLane;
  limits: LaneLimits;
  /** How often the lane looks for due work when nothing woke it (jobs of other instances, retries). */
  intervalMs: number;
  writer: ReturnType<typeof createOutcomeWriter>;
  /** Only this business's jobs (tests share one database). */
  businessId?: string;
  onError: (error: unknown) => void;
  onRan?: (job: ClaimedJob) => void;
};

/**
 * One lane of the in-process runner: claims due jobs of its lane in batches and runs each as soon
 * as it is claimed (a batch-run kind's jobs of one key together), up to the lane's concurrency and
 * its per-key cap. A slow job holds only its own
 * slot; a finished one frees its slot and the lane claims again in the same turn of the event loop
 * as the other jobs that finished with it, so claims stay batched under load.
 */
export const createLaneRunner = ({
  lane,
  limits,
  intervalMs,
  writer,
  businessId,
  onError,
  onRan,
}: LaneRunnerOptions) => {
  const running = new Set<Promise<void>>();
  let jobsRunning = 0;
  const perKeyRunning = new Map<string, number>();
  let claiming: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const keyRoom = () => {
    const room = new Map<string, number>();
    if (limits.perKey) for (const [key, count] of perKeyRunning) room.set(key, limits.perKey - count);
    return room;
  };

  const countKey = (key: string | null, by: number) => {
    if (!key) return;
    const count = (perKeyRunning.get(key) ?? 0) + by;
    if (count <= 0) perKeyRunning.delete(key);
    else perKeyRunning.set(key, count);
  };

  /** Runs jobs claimed together: one alone, or a batch-run kind's jobs of one key at once. */
  const start = (group: ClaimedJob[]) => {
    jobsRunning += group.length;
    for (const job of group) countKey(job.concurrencyKey, 1);
    const run = executeJobs(group)
      .then((outcomes) => Promise.all(outcomes.map((outcome) => writer.settle(outcome))))
      .then(() => {
        for (const job of group) onRan?.(job);
      })
      .catch(onError)
      .finally(() => {
        running.delete(run);
        jobsRunning -= group.length;
        for (const job of group) countKey(job.concurrencyKey, -1);
        wake();
      });
    running.add(run);
  };

  const claim = async () => {
    const room = limits.concurrency - jobsRunning;
    if (room <= 0) return 0;
    const jobs = await claimDueJobs({ lane, limit: room, keyRoom: keyRoom(), perKey: limits.perKey, businessId });
    for (const group of groupForRunning(jobs)) start(group);
    return jobs.length;
  };

  const rest = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(wake, intervalMs);
    timer.unref?.();
  };

  /** Claims now (or right after the claim in progress) and keeps claiming while work is due and slots are free. */
  function wake() {
    if (stopped) return;
    if (claiming) {
      again = true;
      return;
    }
    again = false;
    claiming = new Promise<void>((resolve) => setImmediate(resolve))
      .then(claim)
      .then((claimed) => {
        claiming = undefined;
        // A full batch may mean more is due; an empty one, or a full lane, waits for a wake.
        if (again || (claimed > 0 && jobsRunning < limits.concurrency)) wake();
        else rest();
      })
      .catch((error) => {
        claiming = undefined;
        onError(error);
        rest();
      });
  }

  /** Wakes the lane at `runAt` if that comes before its next look anyway. */
  const wakeAt = (runAt: Date) => {
    const delay = runAt.getTime() - Date.now();
    if (delay <= 0) return wake();
    // A little after runAt: a timer may fire a millisecond before the clock the claim reads says it is due.
    if (delay < intervalMs) setTimeout(wake, delay + WAKE_MARGIN_MS).unref?.();
  };

  /** Stops claiming and waits for the jobs in flight and their outcomes. */
  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await claiming?.catch(() => {});
    await Promise.allSettled([...running]);
  };

  return { lane, wake, wakeAt, stop, inFlight: () => jobsRunning };
};

export type LaneRunner = ReturnType<typeof createLaneRunner>;
