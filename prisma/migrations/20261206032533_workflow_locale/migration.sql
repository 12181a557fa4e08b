-- AlterTable
ALTER TABLE "WorkflowTemplateVersion" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "locale" TEXT;

