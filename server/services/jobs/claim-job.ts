import { db } from "../../db";
import type { ClaimedJob } from "../../jobs/job-handler";
import { JOB_LEASE_MS } from "../../jobs/job-policy";

/**
 * Takes a due job for one run: a conditional update that re-checks status and due time, marks
 * it RUNNING, counts the attempt and moves runAt to the end of a lease. Returns null when the
 * job is not due or someone else holds it, so a duplicate event or a second runner does nothing.
 * A runner that dies after claiming leaves the job due again when the lease ends.
 */
export const claimJob = async ({ jobId, now = new Date() }: { jobId: string; now?: Date }): Promise<ClaimedJob | null> => {
  const { count } = await db().scheduledJob.updateMany({
    where: { id: jobId, status: { in: ["PENDING", "RUNNING"] }, runAt: { lte: now } },
    data: { status: "RUNNING", attempts: { increment: 1 }, runAt: new Date(now.getTime() + JOB_LEASE_MS) },
  });
  if (count === 0) return null;
  return db().scheduledJob.findUnique({
    where: { id: jobId },
    select: { id: true, businessId: true, kind: true, subjectId: true, payload: true, attempts: true },
  });
};
