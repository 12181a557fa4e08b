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
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `e2e/screenshots/phone-${name}.png`, fullPage: true });
  });
}

test("[HEALTH] public/ serves the icons and a robots.txt that keeps links, the Portal and the API out of search engines", async ({
  request,
  page,
}) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = (await robots.text())
    .split("\n")
    .filter((line) => line.startsWith("Disallow:"))
    .map((line) => line.slice("Disallow:".length).trim());
  expect(rules).toEqual(expect.arrayContaining(["/l/", "/portal", "/api/", "/dev/"]));
  expect(rules).not.toContain("/");

  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-touch-icon.png", "image/png"],
  ] as const) {
    const icon = await request.get(path);
    expect(icon.status(), path).toBe(200);
    expect(icon.headers()["content-type"], path).toContain(type);
    expect((await icon.body()).length, path).toBeGreaterThan(100);
  }
  await page.goto("/");
  await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  await expect(page.locator('head link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/icon.svg");

  // A page a crawler should not have fetched still says not to index it; the home page does not.
  expect((await request.get("/l/not-a-real-link")).headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect((await request.get("/sign-in")).headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect((await request.get("/")).headers()["x-robots-tag"]).toBeUndefined();
});
