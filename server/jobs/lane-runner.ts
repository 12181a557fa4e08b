import type { JobLane } from "../generated/prisma/enums";
import { claimDueJobs } from "./claim-jobs";
import type { ClaimedJob } from "./job-handler";
import type { LaneLimits } from "./job-lanes";
import { executeJob } from "./run-job";
import type { createOutcomeWriter } from "./settle-jobs";

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
 * as it is claimed, up to the lane's concurrency and its per-key cap. A slow job holds only its own
 * slot; a finished one frees its slot and the lane claims again in the same turn of the event loop
 * as the other jobs that finished with it, so claims stay batched under load.
 */
export const createLaneRunner = ({ lane, limits, intervalMs, writer, businessId, onError, onRan }: LaneRunnerOptions) => {
  const running = new Set<Promise<void>>();
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

  const start = (job: ClaimedJob) => {
    const key = job.concurrencyKey;
    if (key) perKeyRunning.set(key, (perKeyRunning.get(key) ?? 0) + 1);
    const run = executeJob(job)
      .then((outcome) => writer.settle(outcome))
      .then(() => onRan?.(job))
      .catch(onError)
      .finally(() => {
        running.delete(run);
        if (key) {
          const left = (perKeyRunning.get(key) ?? 1) - 1;
          if (left <= 0) perKeyRunning.delete(key);
          else perKeyRunning.set(key, left);
        }
        wake();
      });
    running.add(run);
  };

  const claim = async () => {
    const room = limits.concurrency - running.size;
    if (room <= 0) return 0;
    const jobs = await claimDueJobs({ lane, limit: room, keyRoom: keyRoom(), perKey: limits.perKey, businessId });
    for (const job of jobs) start(job);
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
        if (again || (claimed > 0 && running.size < limits.concurrency)) wake();
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
    if (delay < intervalMs) setTimeout(wake, delay).unref?.();
  };

  /** Stops claiming and waits for the jobs in flight and their outcomes. */
  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await claiming?.catch(() => {});
    await Promise.allSettled([...running]);
  };

  return { lane, wake, wakeAt, stop, inFlight: () => running.size };
};

export type LaneRunner = ReturnType<typeof createLaneRunner>;
