import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests run server modules outside Next, where "server-only" refuses to load: here it is empty.
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{app,components,server,inngest,scripts}/**/*.test.{ts,tsx}"],
    globalSetup: ["./server/testing/global-setup.ts"],
    setupFiles: ["./server/testing/setup-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
