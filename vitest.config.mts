import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{app,components,server,inngest,scripts}/**/*.test.{ts,tsx}"],
    globalSetup: ["./server/testing/global-setup.ts"],
    setupFiles: ["./server/testing/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
