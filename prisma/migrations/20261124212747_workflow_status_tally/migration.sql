-- CreateTable
CREATE TABLE "WorkflowStatusCount" (
    "businessId" TEXT NOT NULL,
    "status" "WorkflowStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WorkflowStatusCount_pkey" PRIMARY KEY ("businessId","status")
);

-- CreateTable
CREATE TABLE "WorkflowStatusDelta" (
    "id" BIGSERIAL NOT NULL,
    "businessId" TEXT NOT NULL,
    "status" "WorkflowStatus" NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "WorkflowStatusDelta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkflowStatusDelta_businessId_idx" ON "WorkflowStatusDelta"("businessId");

-- AddForeignKey
ALTER TABLE "WorkflowStatusCount" ADD CONSTRAINT "WorkflowStatusCount_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowStatusDelta" ADD CONSTRAINT "WorkflowStatusDelta_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The tally's input: every statement that inserts workflows or changes their status appends one
-- delta row per (business, status) it touched. Statement-level with transition tables, so a bulk
-- insert or an expiry sweep adds a handful of rows, not one per workflow. Workflows are deleted
-- only with their business, whose counts and deltas go with it.
CREATE FUNCTION "workflow_status_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "WorkflowStatusDelta" ("businessId", "status", "delta")
  SELECT "businessId", "status", count(*)::int FROM new_rows GROUP BY 1, 2;
  RETURN NULL;
END $$;

CREATE FUNCTION "workflow_status_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "WorkflowStatusDelta" ("businessId", "status", "delta")
  SELECT "businessId", "status", sum(delta)::int FROM (
    SELECT o."businessId", o."status", -1 AS delta FROM old_rows o JOIN new_rows n USING ("id") WHERE o."status" IS DISTINCT FROM n."status"
    UNION ALL
    SELECT n."businessId", n."status", 1 FROM old_rows o JOIN new_rows n USING ("id") WHERE o."status" IS DISTINCT FROM n."status"
  ) moved
  GROUP BY 1, 2
  HAVING sum(delta) <> 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "Workflow_status_inserted" AFTER INSERT ON "Workflow"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "workflow_status_inserted"();

CREATE TRIGGER "Workflow_status_updated" AFTER UPDATE ON "Workflow"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "workflow_status_updated"();

-- The workflows that exist already.
INSERT INTO "WorkflowStatusCount" ("businessId", "status", "count")
SELECT "businessId", "status", count(*)::int FROM "Workflow" GROUP BY 1, 2;
