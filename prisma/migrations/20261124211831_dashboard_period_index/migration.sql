-- CreateIndex
CREATE INDEX "Workflow_businessId_createdAt_status_openedAt_completedAt_idx" ON "Workflow"("businessId", "createdAt", "status", "openedAt", "completedAt");

