import { expect, test } from "@playwright/test";
import { watchCspViolations } from "./csp-kit";
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
  // No framework script, only the page's own inline one, which runs because it carries the nonce:
  // its submit guard marks a form once sent (held back here, so the page stays).
  await expect(page.locator("script[src]")).toHaveCount(0);
  await expect(page.locator("script[nonce]")).toHaveCount(1);
  const guarded = await page.evaluate(() => {
    const form = document.querySelector("main form")!;
    form.addEventListener("submit", (event) => event.preventDefault());
    (form as HTMLFormElement).requestSubmit();
    return form.hasAttribute("data-sent");
  });
  expect(guarded).toBe(true);
  expect(violations).toEqual([]);
});

test("[SECURITY_HEADERS] the API answers with the same headers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(response.headers()["permissions-policy"]).toContain("camera=()");
});
