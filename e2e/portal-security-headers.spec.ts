import { expect, test } from "@playwright/test";
import { expectHydrated, watchCspViolations } from "./csp-kit";
import { signInTo } from "./portal-kit";

test("[SECURITY_HEADERS] sign-in and a Portal page load under the CSP with no violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  const signIn = await page.goto("/sign-in");
  expect(signIn!.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  await signInTo(page, "/portal/settings");
  await expect(page.getByLabel("Countries you text")).toHaveValue("US, CA");
  await expectHydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
