import "server-only";
import type { Tx } from "@/server/db";

/**
 * Holds the workflow's row until the transaction ends, so two runs of jobs on the same workflow
 * (a duplicate delivery, a reminder and a resend) take turns instead of both acting.
 */
export const lockWorkflow = async (tx: Tx, workflowId: string) => {
  await tx.$executeRaw`SELECT 1 FROM "Workflow" WHERE "id" = ${workflowId} FOR UPDATE`;
};
