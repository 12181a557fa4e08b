import { expect, test } from "@playwright/test";
import { linkIn, textsTo, uniquePhone } from "./gateway-kit";
import { shoot, signInTo } from "./portal-kit";

// The third customer check the Portal offers: a one-time code the Gateway texts when the link is opened.

test("[PORTAL_WORKFLOWS] an owner sends a workflow that asks for a code by SMS, and the customer's link asks for it", async ({
  page,
  request,
}) => {
  const title = `Texted code ${Date.now().toString(36)}`;
  const phone = uniquePhone();
  await signInTo(page, "/portal/workflows/new");
  await expect(page.getByRole("radio", { name: "No check" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Code by SMS" })).toHaveAccessibleDescription(/texts a one-time code/);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Customer's mobile number").fill(phone);
  await page.getByRole("radio", { name: "Code by SMS" }).check();
  await shoot(page, "portal-workflow-new-sms-code");
  await page.getByRole("button", { name: "Create and send" }).click();
  await expect(page.getByText(`“${title}” was created`)).toBeVisible();
  await expect(page.getByText(/LinX texts them a one-time code/)).toBeVisible();
  // Nothing to hand over: no passcode is shown.
  await expect(page.getByTestId("passcode")).toHaveCount(0);

  await page.getByRole("link", { name: "Open the workflow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Customer check").locator("..")).toContainText("Code by SMS");

  // The customer's side: the link opens on the code gate, not on the request.
  const [initial] = await textsTo(request, phone);
  await page.goto(linkIn(initial!.body));
  await expect(page.getByRole("button", { name: "Text me a code" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});
