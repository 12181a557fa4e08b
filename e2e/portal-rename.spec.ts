import { expect, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { shoot, signIn } from "./portal-kit";

// Renaming Demo Co changes what every other spec reads (SMS texts, previews), so this file runs in
// its own project after all the others (playwright.config.ts) and puts the name back.

test("[PORTAL_RENAME] a deep link survives signing in, and an admin renames the business over tRPC", async ({ page }) => {
  await page.goto("/portal/settings");
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page).toHaveURL(/\/portal\/settings$/);
  const name = page.getByLabel("Business name");
  await expect(name).toHaveValue(DEMO_OWNER.business);
  await shoot(page, "portal-settings");

  await name.fill("Demo Co Renamed");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText(/now called Demo Co Renamed/);
  await expect(page.getByTestId("business-name")).toHaveText("Demo Co Renamed");

  await name.fill(DEMO_OWNER.business);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByTestId("business-name")).toHaveText(DEMO_OWNER.business);
});
