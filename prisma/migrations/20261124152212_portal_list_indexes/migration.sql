-- DropIndex
DROP INDEX "Workflow_businessId_status_createdAt_idx";

-- CreateIndex
CREATE INDEX "Workflow_businessId_status_createdAt_id_idx" ON "Workflow"("businessId", "status", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_updatedAt_id_idx" ON "Workflow"("businessId", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_expireAt_id_idx" ON "Workflow"("businessId", "expireAt", "id");

-- CreateIndex
CREATE INDEX "Workflow_templateVersionId_idx" ON "Workflow"("templateVersionId");

-- CreateIndex
CREATE INDEX "AuditLog_businessId_actorId_createdAt_id_idx" ON "AuditLog"("businessId", "actorId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "AuditLog_businessId_targetType_targetId_createdAt_idx" ON "AuditLog"("businessId", "targetType", "targetId", "createdAt");

