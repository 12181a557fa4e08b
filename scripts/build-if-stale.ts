// `next build` when .next is missing or older than any source. Shared by `npm start` and `npm run test:e2e`.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildGatewayStyles } from "./build-gateway-css";

const SOURCES = [
  "app",
  "pages",
  "components",
  "server",
  "inngest",
  "public",
  "next.config.mjs",
  "package.json",
  "proxy.ts",
  "instrumentation.ts",
];
const nextBin = path.resolve("node_modules", ".bin", "next");

const newestMtime = (entry: string): number => {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (max, child) => (child === "generated" ? max : Math.max(max, newestMtime(path.join(entry, child)))),
    stat.mtimeMs,
  );
};

export const buildIsStale = () => {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > built);
};

/** Builds when needed. Asynchronous, so an embedded database in this process keeps serving meanwhile. */
export const buildIfStale = async (): Promise<boolean> => {
  if (!buildIsStale()) return false;
  console.log("• Building the app (first start or changed sources; about a minute)…");
  await buildGatewayStyles();
  const code = await new Promise<number | null>((resolve, reject) => {
    const build = spawn(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    build.on("error", reject);
    build.on("exit", resolve);
  });
  if (code !== 0) throw new Error("next build failed");
  return true;
};
