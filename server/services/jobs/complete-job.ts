import { db } from "../../db";

export type CompleteJobInput = {
  jobId: string;
  /** The attempt this run claimed: a run that outlived its lease cannot finish a newer claim's job. */
  attempt: number;
};

/** Marks a claimed job DONE. Returns false when the claim had already passed to another run. */
export const completeJob = async ({ jobId, attempt }: CompleteJobInput) => {
  const { count } = await db().scheduledJob.updateMany({
    where: { id: jobId, status: "RUNNING", attempts: attempt },
    data: { status: "DONE", completedAt: new Date(), lastError: null },
  });
  return count === 1;
};
