import "server-only";
// Indexes written by hand in migration SQL because Prisma 6 cannot express them (partial
// indexes). `prisma migrate diff` reports them as drift; the drift test allows exactly these.
export const HAND_WRITTEN_INDEXES = [
  "ScheduledJob_due_idx",
  "Workflow_active_expireAt_idx",
  "WebhookDelivery_due_idx",
] as const;
