import "server-only";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { runnerState } from "@/server/jobs/runner-state";

export type Health = {
  status: "ok" | "unavailable";
  database: { ok: boolean; latencyMs?: number; error?: string };
  jobs: ReturnType<typeof runnerState>;
  sms: { provider: "twilio" | "local" };
  mail: { provider: "smtp" | "local" };
};

const DB_TIMEOUT_MS = 3000;

export const checkHealth = async (): Promise<Health> => {
  const started = performance.now();
  const database = await Promise.race([
    db().$queryRaw`SELECT 1`.then(() => ({ ok: true, latencyMs: Math.round(performance.now() - started) })),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), DB_TIMEOUT_MS)),
  ]).catch(() => ({ ok: false, error: "database unreachable" }));
  const config = env();
  return {
    status: database.ok ? "ok" : "unavailable",
    database,
    jobs: { ...runnerState(), mode: config.jobRunner },
    sms: { provider: config.smsProvider },
    mail: { provider: config.mailProvider },
  };
};
