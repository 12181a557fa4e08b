import { Prisma } from "@/server/generated/prisma/client";
import type { JobLane } from "@/server/generated/prisma/enums";
import { sql } from "@/server/db/sql";
import type { ClaimedJob } from "./job-handler";
import { LANE_LIMITS, LANES } from "./job-lanes";

// A claim marks jobs RUNNING, counts the attempt and moves runAt to the end of a lease, in the
// statement that finds them: a duplicate event, a second runner or a second app instance finds
// nothing to take, and a runner that dies leaves its jobs due again when the lease ends.

/** When a claim made `now` in `lane` lets go of its jobs (a runner that died). */
const leaseEnd = (lane: JobLane, now: Date) => new Date(now.getTime() + LANE_LIMITS[lane].leaseMs).toISOString();

const CLAIMED = Prisma.sql`"ScheduledJob"."id", "ScheduledJob"."businessId", "ScheduledJob"."kind"::text, "ScheduledJob"."lane"::text,
  "ScheduledJob"."subjectId", "ScheduledJob"."concurrencyKey", "ScheduledJob"."payload", "ScheduledJob"."attempts"`;

export type ClaimDueJobsInput = {
  lane: JobLane;
  limit: number;
  /** Room left per concurrency key; a key not listed has `perKey`. Keys with no room are skipped in the index walk. */
  keyRoom?: Map<string, number>;
  perKey?: number;
  /** Only this business's jobs. Tests use it to stay out of each other's way on a shared database. */
  businessId?: string;
  now?: Date;
};

/**
 * The statement behind claimDueJobs, exported so a benchmark can EXPLAIN it. The status list is
 * literal so PostgreSQL can use the partial index "ScheduledJob_due_idx" (lane, runAt): the claim
 * reads its lane's due rows in time order and nothing else, however many future or finished
 * jobs the table holds. Rows another claim holds are skipped, not waited for.
 */
export const claimDueJobsStatement = ({
  lane,
  limit,
  keyRoom = new Map(),
  perKey,
  businessId,
  now = new Date(),
}: ClaimDueJobsInput) => {
  const full = [...keyRoom].filter(([, room]) => room <= 0).map(([key]) => key);
  const open = [...keyRoom].filter(([, room]) => room > 0);
  const take = Math.max(1, Math.floor(limit));
  return Prisma.sql`
    WITH candidate AS (
      SELECT "id", "concurrencyKey", "runAt" FROM "ScheduledJob"
      WHERE "lane" = ${lane}::"JobLane" AND "status" IN ('PENDING', 'RUNNING') AND "runAt" <= ${now.toISOString()}::timestamp
        ${full.length > 0 ? Prisma.sql`AND ("concurrencyKey" IS NULL OR "concurrencyKey" <> ALL(${full}::text[]))` : Prisma.empty}
        ${businessId ? Prisma.sql`AND "businessId" = ${businessId}` : Prisma.empty}
      ORDER BY "runAt"
      LIMIT ${perKey ? take * 2 : take}
      FOR UPDATE SKIP LOCKED
    ), picked AS (
      SELECT "id" FROM (
        SELECT "id", "concurrencyKey", "runAt", row_number() OVER (PARTITION BY "concurrencyKey" ORDER BY "runAt", "id") AS "n" FROM candidate
      ) ranked
      LEFT JOIN unnest(${open.map(([key]) => key)}::text[], ${open.map(([, room]) => room)}::int[]) AS room("key", "room") ON room."key" = ranked."concurrencyKey"
      WHERE ranked."concurrencyKey" IS NULL OR ${perKey ?? null}::int IS NULL OR ranked."n" <= coalesce(room."room", ${perKey ?? null}::int)
      ORDER BY ranked."runAt", ranked."id"
      LIMIT ${take}
    )
    UPDATE "ScheduledJob" SET "status" = 'RUNNING', "attempts" = "attempts" + 1, "runAt" = ${leaseEnd(lane, now)}::timestamp
    FROM picked WHERE "ScheduledJob"."id" = picked."id"
    RETURNING ${CLAIMED}`;
};

/** Claims up to `limit` due jobs of one lane, oldest first, in one statement. */
export const claimDueJobs = (input: ClaimDueJobsInput) => sql<ClaimedJob>(claimDueJobsStatement(input));

/** Claims one job by id if it is due (an Inngest event names it); null when it is not due or held. */
export const claimJob = async ({
  jobId,
  now = new Date(),
}: {
  jobId: string;
  now?: Date;
}): Promise<ClaimedJob | null> => {
  const [job] = await sql<ClaimedJob>(Prisma.sql`
    UPDATE "ScheduledJob" SET "status" = 'RUNNING', "attempts" = "attempts" + 1,
      "runAt" = CASE "lane" ${Prisma.join(
        LANES.map((lane) => Prisma.sql`WHEN ${lane}::"JobLane" THEN ${leaseEnd(lane, now)}::timestamp`),
        " ",
      )} END
    WHERE "id" = ${jobId} AND "status" IN ('PENDING', 'RUNNING') AND "runAt" <= ${now.toISOString()}::timestamp
    RETURNING ${CLAIMED}`);
  return job ?? null;
};

/**
 * Due jobs no run holds (pending, or running past their lease), oldest first, for the Inngest
 * sweep to send on; it only reads, the runs claim.
 */
export const findDueJobs = ({ lane, limit, now = new Date() }: { lane: JobLane; limit: number; now?: Date }) =>
  sql<{ id: string; runAt: Date; lane: JobLane; concurrencyKey: string | null }>(Prisma.sql`
    SELECT "id", "runAt", "lane"::text, "concurrencyKey" FROM "ScheduledJob"
    WHERE "lane" = ${lane}::"JobLane" AND "status" IN ('PENDING', 'RUNNING') AND "runAt" <= ${now.toISOString()}::timestamp
    ORDER BY "runAt" LIMIT ${Math.max(1, Math.floor(limit))}`);
