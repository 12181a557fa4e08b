import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { WorkflowStatus } from "@/server/generated/prisma/enums";
import { db } from "@/server/db";

// All-time workflow counts per status without counting the workflows: a trigger on Workflow
// appends deltas (see the WorkflowStatusCount model), folded here into the totals. Reading costs
// the deltas since the last fold, never the number of workflows.

// Totals are upserted in key order, so two folds touching the same business lock its rows in the
// same order and cannot deadlock.
const fold = (where: Prisma.Sql) => Prisma.sql`
  WITH moved AS (
    DELETE FROM "WorkflowStatusDelta" WHERE "id" IN (${where}) RETURNING "businessId", "status", "delta"
  )
  INSERT INTO "WorkflowStatusCount" ("businessId", "status", "count")
  SELECT "businessId", "status", sum("delta")::int FROM moved GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("businessId", "status") DO UPDATE SET "count" = "WorkflowStatusCount"."count" + EXCLUDED."count"`;

/**
 * Folds at most `limit` of the oldest deltas of any business; deltas another fold holds are
 * skipped, not waited for. Housekeeping calls it in bounded rounds.
 */
export const foldWorkflowStatusDeltas = async ({ limit = 1000 }: { limit?: number } = {}) => {
  const folded = await db().$executeRaw(
    fold(Prisma.sql`SELECT "id" FROM "WorkflowStatusDelta" ORDER BY "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED`),
  );
  return { deleted: folded };
};

/** One business's workflows per status, every status present: its pending deltas folded first. */
export const countWorkflowsByStatus = async (businessId: string): Promise<Partial<Record<WorkflowStatus, number>>> => {
  const prisma = db();
  // A second reader waits for the first's fold and then finds nothing left to move.
  await prisma.$executeRaw(
    fold(Prisma.sql`SELECT "id" FROM "WorkflowStatusDelta" WHERE "businessId" = ${businessId} FOR UPDATE`),
  );
  const rows = await prisma.workflowStatusCount.findMany({
    where: { businessId },
    select: { status: true, count: true },
  });
  return Object.fromEntries(rows.map(({ status, count }) => [status, count]));
};
