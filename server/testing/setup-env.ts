import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// PGlite serves one session: concurrent transactions over several connections interleave their
// protocol messages, so the embedded database gets a pool of one (as npm start does).
// Test files run in several processes against it, so no statement is prepared under a name either.
if (!inject("serverUrl")) {
  process.env.DATABASE_POOL_MAX = "1";
  process.env.DATABASE_PREPARED_STATEMENTS = "false";
}
process.env.AUTH_SECRET ??= "test-auth-secret-test-auth-secret-0123456789";
process.env.ENCRYPTION_KEY ??= `${"0".repeat(63)}1`;
process.env.APP_URL ??= "http://localhost:3999";
// Tests read the texts they send from the local inbox; with DATABASE_URL set it must be asked for.
process.env.LINX_DEV_INBOX ??= "1";
// Logs below errors stay out of test output (a test that reads the log captures it: server/observability/logger.ts).
process.env.LOG_LEVEL ??= "error";
