import { expect, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { createWorkflow, onboardCustomer, type Onboarded } from "./gateway-kit";
import { shoot, signIn } from "./portal-kit";

// One file, in order: a customer signs up through the Gateway, then staff find them in the Portal.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const run = Date.now().toString(36);
const customer = { firstName: "Ada", lastName: `Lovelace${run}`, email: `ada.${run}@example.test` };
let onboarded: Onboarded;

test("[PORTAL_CUSTOMERS] a customer made in the Gateway is found by name, email, phone and status", async ({
  page,
  request,
}) => {
  onboarded = await onboardCustomer(page, request, { title: `Onboarding ${run}`, ...customer });
  await createWorkflow(request, {
    title: `Follow-up ${run}`,
    steps: [
      { name: "notification", parameters: { phoneNumber: onboarded.phone, channel: "SMS" } },
      { name: "lookup-profile", parameters: { customerId: onboarded.customerId } },
    ],
  });

  await page.goto("/portal/customers");
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Ada ${customer.lastName}` })).toBeVisible();
  await shoot(page, "portal-customers");

  const rows = page.getByRole("table", { name: "Customers" }).getByRole("row");
  const search = async (text: string) => {
    await page.getByLabel("Search").fill(text);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=/);
  };
  await search(`ada ${customer.lastName.toUpperCase()}`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(customer.email);
  await expect(rows.nth(1).getByRole("cell", { name: "2", exact: true })).toBeVisible();
  await search(customer.email);
  await expect(rows).toHaveCount(2);
  await search(onboarded.phone.slice(-7));
  await expect(page.getByRole("link", { name: `Ada ${customer.lastName}` })).toBeVisible();

  await page.getByLabel("Status").selectOption("SUSPENDED");
  await expect(page).toHaveURL(/status=SUSPENDED/);
  await expect(page.getByText("No customers match")).toBeVisible();
  await page.getByLabel("Status").selectOption("ACTIVE");
  await expect(page.getByRole("link", { name: `Ada ${customer.lastName}` })).toBeVisible();
  await page.getByRole("button", { name: "Clear search and filter" }).click();
  await expect(page).not.toHaveURL(/[?&](q|status)=/);
});

test("[PORTAL_CUSTOMERS] the detail shows the profile, the masked account, workflows, transaction and documents", async ({
  page,
}) => {
  await page.goto(`/portal/customers/${onboarded.customerId}`);
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page.getByRole("heading", { level: 1, name: `Ada ${customer.lastName}` })).toBeVisible();
  await expect(page.getByText("Date of birth").locator("..")).toContainText("Apr 25, 1990");
  await expect(page.getByText("1 Main St")).toBeVisible();

  const accounts = page.getByRole("table", { name: "Financial accounts" });
  await expect(accounts.getByRole("row")).toHaveCount(2);
  await expect(accounts).toContainText("Checking •••• 6789");
  await expect(page.locator("main")).not.toContainText("000123456789");

  const workflows = page.getByRole("table", { name: "The customer's workflows" });
  await expect(workflows.getByRole("link")).toHaveText([`Follow-up ${run}`, `Onboarding ${run}`]);

  const transactions = page.getByRole("table", { name: "The customer's transactions" });
  await expect(transactions).toContainText("125.00 USD");
  await expect(transactions.getByRole("row").nth(1)).toContainText("New");

  const documents = page.getByRole("table", { name: "Documents accepted" });
  await expect(documents.getByRole("row")).toHaveCount(3);
  await expect(documents).toContainText("Terms of Service");
  await expect(documents.getByRole("link", { name: `Onboarding ${run}` }).first()).toBeVisible();
  await shoot(page, "portal-customer-detail");

  await workflows.getByRole("link", { name: `Onboarding ${run}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Onboarding ${run}` })).toBeVisible();
  await page.getByRole("link", { name: `Ada ${customer.lastName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/customers/${onboarded.customerId}$`));
});

test("[PORTAL_CUSTOMERS] a customer id of no customer of this business shows the not-found page", async ({ page }) => {
  await page.goto("/portal/customers/no-such-customer");
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page.getByRole("heading", { level: 1, name: "Customer not found" })).toBeVisible();
  expect((await page.reload())!.status()).toBe(404);
  await shoot(page, "portal-customer-not-found");
  await page.getByRole("link", { name: "All customers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
});
