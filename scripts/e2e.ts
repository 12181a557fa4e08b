// `npm run test:e2e`: build the app if stale, then run Playwright, which starts the app
// (`--serve`, below), runs e2e/ in the system Chromium and stops the app (playwright.config.ts).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../server/env";
import { buildIfStale } from "./build-if-stale";

const E2E_DATA_ROOT = path.resolve(".data");

/** Playwright's webServer command: `npm start` on a data folder emptied first. */
const serve = async () => {
  // parseEnv, not env(): env() would cache the environment before start.ts sets DATABASE_URL.
  const { LINX_DATA_DIR } = parseEnv(process.env);
  const dataDir = path.resolve(LINX_DATA_DIR);
  // Only ever delete a folder made for e2e runs, never the data of a real `npm start`.
  if (!dataDir.startsWith(`${E2E_DATA_ROOT}${path.sep}e2e`))
    throw new EnvError(`Refusing to empty ${LINX_DATA_DIR}: e2e data folders live in .data/e2e*`);
  rmSync(dataDir, { recursive: true, force: true });
  await import("./start");
};

const test = async () => {
  await buildIfStale();
  const playwright = spawn(path.resolve("node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => playwright.kill(signal));
  playwright.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

(process.argv.includes("--serve") ? serve() : test()).catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : `e2e: ${(error as Error).message}`);
  process.exit(1);
});
