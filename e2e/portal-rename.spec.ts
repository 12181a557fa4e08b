import { expect, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { createWorkflow, fullSteps, textsTo, uniquePhone } from "./gateway-kit";
import { shoot, signIn, signInTo } from "./portal-kit";

// Renaming Demo Co, or giving it an SMS sender name, changes what every other spec reads (SMS texts,
// previews), so this file runs in its own project after all the others (playwright.config.ts) and
// puts both back.

test("[PORTAL_RENAME] a deep link survives signing in, and an admin renames the business over tRPC", async ({
  page,
}) => {
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

test("[PORTAL_RENAME] an SMS sender name signs the texts instead of the business name, until it is cleared", async ({
  page,
  request,
}) => {
  await signInTo(page, "/portal/settings");
  const sender = page.getByLabel("SMS sender name");
  await sender.fill("DemoText");
  await expect(page.getByText("like “DemoText: Rent for April…”")).toBeVisible();
  await page.getByRole("button", { name: "Save messages and reminders" }).click();
  await expect(page.getByText("Saved. Texts sent from now on use these settings")).toBeVisible();

  const phone = uniquePhone();
  await createWorkflow(request, { title: "Signed by the sender name", steps: fullSteps(phone).slice(0, 2) });
  const [text] = await textsTo(request, phone);
  expect(text!.body).toMatch(/^DemoText: Signed by the sender name\./);
  await page.goto("/portal/workflows/new");
  await page.getByLabel("Title").fill("Preview");
  await expect(page.getByTestId("sms-preview")).toContainText("DemoText: Preview.");

  await page.goto("/portal/settings");
  await sender.fill("");
  await expect(page.getByText(`like “${DEMO_OWNER.business}: Rent for April…”`)).toBeVisible();
  await page.getByRole("button", { name: "Save messages and reminders" }).click();
  await expect(page.getByText("Saved. Texts sent from now on use these settings")).toBeVisible();
});
