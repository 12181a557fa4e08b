import { housekeeping } from "@/inngest/functions/housekeeping";
import { laneFunctions } from "@/inngest/functions/lane-functions";
import { sweepDueJobs } from "@/inngest/functions/sweep-due-jobs";

/** Every Inngest function of the app, served at /api/inngest. */
export const functions = [sweepDueJobs, ...laneFunctions, housekeeping];
