import { expect, test } from "@playwright/test";
import { expectHydrated, watchCspViolations } from "./csp-kit";
import { createWorkflow, fullSteps, linkIn, textsTo, uniquePhone } from "./gateway-kit";

test("[SECURITY_HEADERS] a Gateway link loads with its nonce-based CSP and no violation", async ({ page, request }) => {
  const violations = await watchCspViolations(page);
  const phone = uniquePhone();
  await createWorkflow(request, { title: "CSP check", steps: fullSteps(phone) });
  const [text] = await textsTo(request, phone);
  const response = await page.goto(linkIn(text!.body));
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toBeUndefined(); // served over http here
  await expect(page.getByText("Step 1 of 5")).toBeVisible();
  await expectHydrated(page);
  expect(violations).toEqual([]);
});

test("[SECURITY_HEADERS] the API answers with the same headers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(response.headers()["permissions-policy"]).toContain("camera=()");
});
