import type { JobKind, JobLane } from "@/server/generated/prisma/enums";
import type { Prisma } from "@/server/generated/prisma/client";

/** A job as its handler sees it, as the claim returned it. */
export type ClaimedJob = {
  id: string;
  businessId: string | null;
  kind: JobKind;
  lane: JobLane;
  subjectId: string;
  concurrencyKey: string | null;
  payload: Prisma.JsonValue | null;
  /** 1 on the first run; counts this claim. */
  attempts: number;
};

/**
 * Does the work of one kind of job. It must be idempotent: reload the subject by `subjectId`,
 * re-check its state, and return quietly when there is nothing (left) to do. A throw means
 * "try again later" (with back-off, up to JOB_MAX_ATTEMPTS).
 */
export type JobHandler = (job: ClaimedJob) => Promise<void>;

/** Does the work of several jobs of one kind at once (fewer statements); a throw fails them all. */
export type JobBatchHandler = (jobs: ClaimedJob[]) => Promise<void>;
