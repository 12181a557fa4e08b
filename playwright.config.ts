import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { DEMO_API_KEY, DEMO_OWNER } from "./e2e/demo-credentials";

// The e2e app: the built app started like `npm start`, on its own port with a throwaway data
// folder (emptied by `scripts/e2e.ts --serve` before it starts); E2E_PORT moves it off 3100.
// With DATABASE_URL set (CI runs the suite again on PostgreSQL) the app uses that database.
const PORT = Number(process.env.E2E_PORT || 3100);
const BASE_URL = `http://localhost:${PORT}`;
// e2e/operating.spec.ts scrapes metrics with this token and receives traces on this loopback port.
export const E2E_METRICS_TOKEN = "e2e-metrics-token-0123456789";
export const E2E_OTLP_PORT = PORT + 1000;

// The system Chromium when there is one (offline machines, CI via apt-get), else Playwright's own.
const chromiumPath = () =>
  process.env.CHROMIUM_PATH ||
  process.env.PLAYWRIGHT_CHROMIUM_PATH ||
  ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // Sign-ins hash passwords with bcrypt and pages render on the server: long flows need more than 30 s on a busy 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: { baseURL: BASE_URL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "portal",
      testMatch: "portal-*.spec.ts",
      testIgnore: ["portal-rename.spec.ts", "portal-dashboard.spec.ts"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "gateway",
      testMatch: ["gateway-*.spec.ts", "health.spec.ts", "operating.spec.ts"],
      use: { ...devices["Pixel 7"], launchOptions },
    },
    // Last, once the others are done: the rename changes the name every other spec reads, and the
    // 300-row bulk send keeps the embedded database (one connection) busy for a minute or more.
    {
      name: "portal-last",
      testMatch: ["portal-rename.spec.ts", "portal-dashboard.spec.ts"],
      dependencies: ["portal", "gateway"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  webServer: {
    command: "node --conditions=react-server --import tsx scripts/e2e.ts --serve",
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      APP_URL: BASE_URL,
      LINX_DATA_DIR: `.data/e2e-${PORT}`,
      LINX_DEMO: "true",
      LINX_DEMO_PASSWORD: DEMO_OWNER.password,
      LINX_DEMO_API_KEY: DEMO_API_KEY,
      // The webhook specs deliver to a receiver they run on loopback.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
      // With DATABASE_URL (CI's PostgreSQL pass) the app requires its secrets and an SMS provider:
      // test-only values, and the local inbox the specs read the texts from.
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-auth-secret-e2e-auth-secret-0123456789",
      ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? "e2e0".repeat(16),
      LINX_DEV_INBOX: "1",
      METRICS_TOKEN: E2E_METRICS_TOKEN,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${E2E_OTLP_PORT}`,
    },
  },
});
