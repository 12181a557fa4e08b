import type { QueuedJob } from "./enqueue-jobs";

// Committed jobs are announced here and the active trigger listens: the in-process runner wakes
// the lanes they belong to. It is a listener, not an import of the runner, so that the unit of
// work (imported by every service) never imports the runner (which imports the handlers, which
// import the services).

type Listener = (jobs: QueuedJob[]) => void;

const globalForWake = globalThis as unknown as { linxJobListeners?: Set<Listener> };
const listeners = () => (globalForWake.linxJobListeners ??= new Set());

export const onJobsCommitted = (listener: Listener) => {
  listeners().add(listener);
  return () => void listeners().delete(listener);
};

export const announceJobs = (jobs: QueuedJob[]) => {
  for (const listener of listeners()) listener(jobs);
};
