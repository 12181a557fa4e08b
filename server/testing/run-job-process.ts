import { runJob } from "@/server/jobs/run-job";

// Runs one job in a process of its own, the way a runner instance would, so that a test can kill
// it with SIGKILL in the middle (no finally, no cleanup) and see what a crashed instance leaves.
// Usage: node --import tsx server/testing/run-job-process.ts <jobId>

const jobId = process.argv[2];
if (!jobId) throw new Error("Usage: run-job-process.ts <jobId>");
const result = await runJob({ jobId });
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
