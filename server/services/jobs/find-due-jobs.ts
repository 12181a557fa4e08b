import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";

export type FindDueJobsInput = {
  limit: number;
  /** Only this business's jobs. Tests use it to stay out of each other's way on a shared database. */
  businessId?: string;
  now?: Date;
};

export type DueJob = { id: string; runAt: Date };

/**
 * The statement behind findDueJobs, exported so a test can EXPLAIN exactly it. The status list is
 * written as literals, not parameters, so PostgreSQL can prove the WHERE implies the predicate of
 * the partial index "ScheduledJob_due_idx" and read only due rows, however many DONE rows exist.
 * runAt is `timestamp without time zone` holding UTC; the ISO string's "Z" is ignored by the cast.
 */
export const dueJobsQuery = ({ limit, businessId, now = new Date() }: FindDueJobsInput) => Prisma.sql`
  SELECT "id", "runAt" FROM "ScheduledJob"
  WHERE "status" IN ('PENDING', 'RUNNING') AND "runAt" <= ${now.toISOString()}::timestamp
  ${businessId ? Prisma.sql`AND "businessId" = ${businessId}` : Prisma.empty}
  ORDER BY "runAt", "id"
  LIMIT ${Math.max(1, Math.floor(limit))}`;

/** A bounded batch of due jobs (pending, or running with an expired lease), oldest first. */
export const findDueJobs = (input: FindDueJobsInput) => db().$queryRaw<DueJob[]>(dueJobsQuery(input));
