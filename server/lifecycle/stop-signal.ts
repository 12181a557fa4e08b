import { setMaxListeners } from "node:events";

// Raised a few seconds into a shutdown: work that waits on the outside world (a webhook endpoint
// that does not answer) stops waiting then, so the instance stops in seconds, not at the 15 s
// webhook timeout. Such an attempt ends like a timeout: recorded as failed and retried on schedule.

/** How long a shutdown lets the running jobs wait on the outside world before cutting them short. */
export const STOP_PATIENCE_MS = 5000;

const globalForStop = globalThis as unknown as { linxStopController?: AbortController };

const controller = () => {
  if (!globalForStop.linxStopController) {
    globalForStop.linxStopController = new AbortController();
    // Every delivery in flight listens (hundreds at once): not a leak.
    setMaxListeners(0, globalForStop.linxStopController.signal);
  }
  return globalForStop.linxStopController;
};

export const stopSignal = (): AbortSignal => controller().signal;

export const raiseStop = () => controller().abort();
