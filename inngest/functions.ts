import { housekeeping } from "./functions/housekeeping";
import { laneFunctions } from "./functions/lane-functions";
import { sweepDueJobs } from "./functions/sweep-due-jobs";

/** Every Inngest function of the app, served at /api/inngest. */
export const functions = [sweepDueJobs, ...laneFunctions, housekeeping];
