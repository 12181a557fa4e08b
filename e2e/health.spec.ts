import { expect, test } from "@playwright/test";

test("[HEALTH] /api/health is 200 with the database ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
});

for (const [path, name] of [
  ["/", "home"],
  ["/sign-in", "sign-in"],
] as const) {
  test(`[HEALTH] ${path} fits a 360 px wide phone without horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `e2e/screenshots/phone-${name}.png`, fullPage: true });
  });
}
