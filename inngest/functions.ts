import { housekeeping } from "./functions/housekeeping";
import { runJobFunction } from "./functions/run-job";
import { sweepDueJobs } from "./functions/sweep-due-jobs";

/** Every Inngest function of the app, served at /api/inngest. */
export const functions = [sweepDueJobs, runJobFunction, housekeeping];
