import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// An email as its reader sees it: the HTML of a password reset, from the local inbox, drawn at
// 360 px wide. It must fit (no sideways scrolling), name its language and title, carry a real
// link, and load nothing from anywhere (no tracking).

test("[PORTAL_MAIL] a LinX email reads at 360 px with no serious axe violation and loads nothing", async ({ page }) => {
  // Only an account gets a reset email, and a reset link changes nothing until it is used: the demo owner's will do.
  const nobody = `nobody-${Date.now().toString(36)}@demo.test`;
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("owner@demo.test");
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText("If owner@demo.test has a LinX account, we emailed it a link")).toBeVisible();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(nobody);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText(`If ${nobody} has a LinX account, we emailed it a link`)).toBeVisible();
  expect((await (await page.request.get(`/api/dev/mail?to=${encodeURIComponent(nobody)}`)).json()).data).toEqual([]);

  let html = "";
  await expect
    .poll(async () => {
      const { data } = (await (await page.request.get("/api/dev/mail?to=owner%40demo.test")).json()) as {
        data: Array<{ subject: string; html: string }>;
      };
      html = data.find((mail) => mail.subject === "Reset your LinX password")?.html ?? "";
      return html;
    })
    .toContain("/reset-password/");

  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.setViewportSize({ width: 360, height: 740 });
  await page.setContent(html);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await expect(page).toHaveTitle("Reset your LinX password");
  await expect(page.getByRole("link", { name: "Choose a new password" })).toHaveAttribute(
    "href",
    /\/reset-password\/[A-Za-z0-9_-]{43}$/,
  );
  expect(requests).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(
    violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => violation.id),
  ).toEqual([]);
  await page.screenshot({ path: "e2e/screenshots/email-password-reset-360.png", fullPage: true });
});
