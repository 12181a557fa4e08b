import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { runnerState, setRunnerState } from "@/server/jobs/runner-state";
import { checkReadiness } from "./check-readiness";

const saved = { env: { ...process.env }, runner: runnerState() };
afterEach(() => {
  process.env = { ...saved.env };
  resetEnvForTests();
  setRunnerState(saved.runner);
});

describe("checkReadiness", () => {
  it("is ready when the database answers, every migration is applied and the runner runs", async () => {
    setRunnerState({ mode: "in-process", running: true });
    expect(await checkReadiness()).toEqual({
      status: "ready",
      checks: { database: true, migrations: true, jobs: true, accepting: true },
    });
  });

  it("is not ready while no runner runs and no Inngest is configured", async () => {
    setRunnerState({ mode: "in-process", running: false });
    expect(await checkReadiness()).toMatchObject({ status: "not ready", checks: { jobs: false, database: true } });
    process.env.INNGEST_SIGNING_KEY = "signkey-test-0123456789";
    resetEnvForTests();
    expect(await checkReadiness()).toMatchObject({ status: "ready", checks: { jobs: true } });
  });

  it("names the migrations the database lacks", async () => {
    setRunnerState({ mode: "in-process", running: true });
    const dir = mkdtempSync(path.join(tmpdir(), "linx-migrations-"));
    try {
      for (const entry of readdirSync(path.resolve("prisma", "migrations"), { withFileTypes: true }).filter((entry) =>
        entry.isDirectory(),
      )) {
        mkdirSync(path.join(dir, entry.name));
        writeFileSync(path.join(dir, entry.name, "migration.sql"), "");
      }
      mkdirSync(path.join(dir, "29991231000000_not_yet"));
      writeFileSync(path.join(dir, "29991231000000_not_yet", "migration.sql"), "SELECT 1;");
      expect(await checkReadiness({ migrationsDir: dir })).toMatchObject({
        status: "not ready",
        checks: { migrations: false, database: true },
        pendingMigrations: ["29991231000000_not_yet"],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
