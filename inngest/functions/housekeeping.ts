import { cron } from "inngest";
import { runHousekeeping } from "@/server/services/housekeeping/run-housekeeping";
import { inngest } from "@/server/jobs/inngest/client";

/** Hourly: delete what has expired (see runHousekeeping), one run at a time. */
export const housekeeping = inngest.createFunction(
  { id: "housekeeping", triggers: [cron("17 * * * *")], concurrency: { limit: 1 } },
  async ({ step }) => step.run("delete-expired-rows", () => runHousekeeping()),
);
