import type { JobKind } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";

/** A job as its handler sees it, freshly loaded after the claim. */
export type ClaimedJob = {
  id: string;
  businessId: string;
  kind: JobKind;
  subjectId: string;
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
