import { startApp } from "@/server/lifecycle/start-app";

// The app's server process without Next: what instrumentation.ts starts (the in-process runner and
// the SIGTERM shutdown), kept to one business's jobs, so a test can stop it with SIGTERM in the
// middle of work and check what it leaves behind.
// Usage: node --import tsx server/testing/runner-process.ts <businessId>

const businessId = process.argv[2];
if (!businessId) throw new Error("Usage: runner-process.ts <businessId>");
await startApp({ runner: { businessId, intervalMs: 200, housekeeping: false } });
process.stdout.write("runner started\n");
