-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Customer_firstName_idx" ON "Customer" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_lastName_idx" ON "Customer" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_email_idx" ON "Customer" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_phoneNumber_idx" ON "Customer" USING GIN ("phoneNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Workflow_customerId_createdAt_id_idx" ON "Workflow"("customerId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_title_idx" ON "Workflow" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Workflow_phoneNumber_idx" ON "Workflow" USING GIN ("phoneNumber" gin_trgm_ops);

