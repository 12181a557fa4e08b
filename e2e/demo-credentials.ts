// Known demo credentials for the e2e app (playwright.config.ts passes them to `npm start`'s seed).
// Test-only values for a throwaway database; never used by a real deployment.
export const DEMO_OWNER = {
  email: "owner@demo.test",
  password: "e2e-demo-owner-password",
  business: "Demo Co",
} as const;

export const DEMO_API_KEY = "lx_test_e2e0000000000000000000000000000000000000000";
