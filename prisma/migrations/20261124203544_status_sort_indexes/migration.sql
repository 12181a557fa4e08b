-- CreateIndex
CREATE INDEX "Workflow_businessId_status_updatedAt_id_idx" ON "Workflow"("businessId", "status", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_status_expireAt_id_idx" ON "Workflow"("businessId", "status", "expireAt", "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_completedAt_idx" ON "Workflow"("businessId", "completedAt");

