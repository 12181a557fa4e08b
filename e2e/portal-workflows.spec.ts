import { expect, test } from "@playwright/test";
import { auth, createWorkflow, uniquePhone } from "./gateway-kit";
import { shoot, signInTo } from "./portal-kit";

// One file, in order: it creates the workflows it then finds, opens and acts on.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const scratchTitle = `Deposit ${run}`;
const templateName = `Monthly rent ${run}`;

test.beforeAll(async ({ request }) => {
  const response = await request.post("/api/v2/linx/templates", {
    headers: { ...auth, "Idempotency-Key": `portal-workflows-${run}` },
    data: {
      name: templateName,
      title: "Rent for April",
      customerMemo: "Unit 4B",
      expireInHours: 72,
      steps: [
        {
          name: "notification",
          parameters: { channel: "SMS", introductoryMessage: "Your April rent is ready to confirm" },
        },
        { name: "customer-account", parameters: {} },
        { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
        {
          name: "move-money",
          parameters: { transactionType: "REQUEST", solution: "ach", amount: "950.00", currency: "USD" },
        },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
});

test("[PORTAL_WORKFLOWS] an owner creates a workflow from scratch, with a passcode shown once, and one from a template", async ({
  page,
}) => {
  await signInTo(page, "/portal/workflows");
  await page.getByRole("link", { name: "New workflow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New workflow" })).toBeVisible();

  await page.getByLabel("Title").fill(scratchTitle);
  await page.getByLabel("Customer's mobile number").fill("555 0100");
  await expect(page.getByText(/valid phone number in international format/)).toBeVisible();
  await page.getByLabel("Customer's mobile number").fill(uniquePhone());
  await expect(page.getByText(/valid phone number in international format/)).toHaveCount(0);
  await page.getByLabel("Memo for the customer (optional)").fill("Security deposit for unit 2A");
  await page.getByRole("checkbox", { name: "Terms of Service" }).check();
  await page.getByRole("checkbox", { name: "Move money" }).check();
  await page.getByLabel("Amount (USD)").fill("12.345");
  await expect(page.getByText(/at most two decimals/)).toBeVisible();
  await page.getByLabel("Amount (USD)").fill("300.00");
  await page.getByRole("radio", { name: "Passcode" }).check();
  await expect(page.getByTestId("sms-preview")).toContainText(
    `Demo Co: ${scratchTitle}. Security deposit for unit 2A.`,
  );
  await expect(page.getByTestId("steps-preview").getByRole("listitem")).toHaveText([
    /Create your account/,
    /Add a payment method/,
    /Review documents.*Terms of Service/,
    /Review the payment.*Pay 300.00 USD/,
  ]);
  await shoot(page, "portal-workflow-new");

  await page.getByRole("button", { name: "Create and send" }).click();
  await expect(page.getByText(`“${scratchTitle}” was created`)).toBeVisible();
  await expect(page.getByTestId("passcode")).toHaveText(/^\d{6}$/);

  await page.getByRole("button", { name: "Send another" }).click();
  await expect(page.getByTestId("passcode")).toHaveCount(0);
  await page.getByRole("radio", { name: "A template" }).check();
  await page.getByLabel("Template", { exact: true }).selectOption({ label: `${templateName} (v1)` });
  await page.getByLabel("Customer's mobile number").fill(uniquePhone());
  await page.getByLabel("Amount (optional)").fill("975.50");
  await expect(page.getByTestId("sms-preview")).toContainText("Demo Co: Your April rent is ready to confirm.");
  await expect(page.getByTestId("steps-preview")).toContainText("Pay 975.50 USD");
  await page.getByRole("button", { name: "Create and send" }).click();
  await expect(page.getByText("“Rent for April” was created")).toBeVisible();
  await expect(page.getByTestId("passcode")).toHaveCount(0);
});

test("[PORTAL_WORKFLOWS] the list finds them by search and template filter, in the URL", async ({ page }) => {
  await signInTo(page, "/portal/workflows");
  await expect(page.getByRole("link", { name: scratchTitle })).toBeVisible();
  await shoot(page, "portal-workflows");

  await page.getByLabel("Search").fill(scratchTitle);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=Deposit/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await expect(page).not.toHaveURL(/q=/);
  await page.getByLabel("Template", { exact: true }).selectOption({ label: templateName });
  await expect(page).toHaveURL(/template=/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Rent for April" })).toBeVisible();
  await page.getByLabel("Status").selectOption("COMPLETED");
  await expect(page.getByText("No workflows match")).toBeVisible();

  await page.goBack();
  await expect(page.getByRole("link", { name: "Rent for April" })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("");

  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await csv;
  expect(download.suggestedFilename()).toMatch(/^workflows-\d{4}-\d{2}-\d{2}\.csv$/);
});

test("[PORTAL_WORKFLOWS] the list pages forwards and back through the URL, so back, forward and a shared link keep the page", async ({
  page,
  request,
}) => {
  // 27 workflows over REST, then six page loads: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const batch = `Batch ${run}`;
  for (let i = 0; i < 27; i++) {
    const title = `${batch} #${String(i).padStart(2, "0")}`;
    await createWorkflow(request, {
      title,
      steps: [
        { name: "notification", parameters: { phoneNumber: uniquePhone() } },
        { name: "customer-account", parameters: {} },
      ],
    });
  }
  await signInTo(page, "/portal/workflows");
  await page.getByLabel("Search").fill(batch);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=Batch/);
  const rows = page.getByRole("table").getByRole("row");
  const newest = page.getByRole("link", { name: `${batch} #26`, exact: true });
  const oldest = page.getByRole("link", { name: `${batch} #00`, exact: true });
  await expect(rows).toHaveCount(26);
  await expect(newest).toBeVisible();
  await expect(page.getByRole("button", { name: "Previous page" })).toBeDisabled();

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]after=/);
  await expect(rows).toHaveCount(3);
  await expect(oldest).toBeVisible();
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
  await shoot(page, "portal-workflows-page-2");
  const secondPage = page.url();

  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/[?&]before=/);
  await expect(rows).toHaveCount(26);
  await expect(newest).toBeVisible();
  await expect(page.getByRole("button", { name: "Previous page" })).toBeDisabled();

  await page.goBack();
  await expect(rows).toHaveCount(3);
  await expect(oldest).toBeVisible();
  await page.goForward();
  await expect(rows).toHaveCount(26);

  await page.goto(secondPage);
  await expect(rows).toHaveCount(3);
  await page.getByRole("link", { name: "First page" }).click();
  await expect(page).not.toHaveURL(/after=|before=/);
  await expect(newest).toBeVisible();
});

test("[PORTAL_WORKFLOWS] the detail shows steps, texts and timeline; resend, extend and cancel ask first", async ({
  page,
}) => {
  await signInTo(page, "/portal/workflows");
  await page.getByLabel("Search").fill(scratchTitle);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: scratchTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: scratchTitle })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Steps" })).toBeVisible();
  await expect(page.getByText("Customer check").locator("..")).toContainText("Passcode");

  await page.getByRole("button", { name: "Resend link" }).click();
  const resend = page.getByRole("dialog", { name: "Text the link again?" });
  await resend.getByRole("button", { name: "Resend link" }).click();
  await expect(page.getByText(/The link was texted again/)).toBeVisible();
  await expect(page.getByRole("table", { name: /SMS messages/ }).getByRole("cell", { name: "Manual" })).toBeVisible();

  await page.getByRole("button", { name: "Extend expiry" }).click();
  const extend = page.getByRole("dialog", { name: "Extend the expiry" });
  await extend.getByLabel("Keep the link open for").selectOption({ label: "30 days" });
  await extend.getByRole("button", { name: "Extend" }).click();
  await expect(page.getByText(/The link now expires/)).toBeVisible();
  await expect(page.getByText("Expiry extended")).toBeVisible();

  await page.getByRole("button", { name: "Cancel workflow" }).click();
  const cancel = page.getByRole("dialog", { name: "Cancel this workflow?" });
  await cancel.getByRole("button", { name: "Keep as is" }).click();
  await expect(cancel).toBeHidden();
  await expect(page.getByRole("button", { name: "Cancel workflow" })).toBeVisible();
  await shoot(page, "portal-workflow-detail");

  await page.getByRole("button", { name: "Cancel workflow" }).click();
  await cancel.getByRole("button", { name: "Cancel workflow" }).click();
  await expect(page.getByText(/The workflow is cancelled/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend link" })).toHaveCount(0);
  await expect(page.getByText("Workflow cancelled")).toBeVisible();
});
