import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { auth, createWorkflow, fullSteps, sql, uniquePhone } from "./gateway-kit";
import { shoot, signInTo } from "./portal-kit";

// Bulk send of a generated CSV, then the dashboard's numbers with those workflows in them.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const templateName = `Bulk rent ${run}`;
const ROWS = 300;
const INVALID = new Map([
  [7, { phone: "555-0100", amount: "" }],
  [150, { phone: "+16285551150", amount: "12.345" }],
  [299, { phone: "", amount: "" }],
]);

const bulkCsv = () => {
  // Area code 628, not the 415 of the other specs' phones: a shared number would mix their texts.
  const base = Date.now() % 7000;
  const lines = ["phone,name,amount"];
  for (let row = 1; row <= ROWS; row += 1) {
    const bad = INVALID.get(row);
    const phone = bad ? bad.phone : `+1 628 555 ${String((base + row) % 10_000).padStart(4, "0")}`;
    lines.push(`${phone},"Tenant ${row}, unit ${row}",${bad ? bad.amount : `${100 + row}.00`}`);
  }
  return lines.join("\r\n");
};

test.beforeAll(async ({ request }) => {
  const response = await request.post("/api/v2/linx/templates", {
    headers: { ...auth, "Idempotency-Key": `portal-dashboard-${run}` },
    data: {
      name: templateName,
      title: "Rent for May",
      expireInHours: 72,
      steps: [
        {
          name: "notification",
          parameters: { channel: "SMS", introductoryMessage: "Your May rent is ready to confirm" },
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

test("[PORTAL_BULK] an owner bulk-sends a template to 300 CSV rows, sees the bad rows, and downloads the results", async ({
  page,
}) => {
  // Every row is a real workflow whose text the in-process runner sends: minutes on a busy machine.
  test.setTimeout(420_000);
  await signInTo(page, "/portal/workflows");
  await page.getByRole("link", { name: "Bulk send" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bulk send" })).toBeVisible();

  await page.getByLabel("Template").selectOption({ label: `${templateName} (v1)` });
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "tenants.csv", mimeType: "text/csv", buffer: Buffer.from(bulkCsv()) });
  await expect(page.getByText(`${ROWS} rows: ${ROWS - 3} valid, 3 with errors.`)).toBeVisible();
  const errors = page.getByRole("table").filter({ hasText: "rows have errors" });
  await expect(errors.getByRole("row")).toHaveCount(4);
  await expect(errors.getByRole("row", { name: /^7 555-0100 Phone: must be a valid phone number/ })).toBeVisible();
  await expect(errors.getByRole("row", { name: /^150 .* Amount: must be a decimal/ })).toBeVisible();
  await expect(errors.getByRole("row", { name: /^299 \(empty\) Phone:/ })).toBeVisible();

  await page.getByRole("button", { name: `Send to ${ROWS - 3} valid rows` }).click();
  const progress = page.getByRole("progressbar", { name: "Sending…" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuemax", String(ROWS - 3));
  await expect(page.getByText(`Sent ${ROWS - 3} workflows.`)).toBeVisible({ timeout: 360_000 });
  await shoot(page, "portal-bulk-send");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download results (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("bulk-send-results.csv");
  const lines = readFileSync(await download.path(), "utf8").split("\r\n");
  expect(lines[0]).toBe("row,phone,status,workflow id or error");
  expect(lines).toHaveLength(ROWS + 1);
  expect(lines.filter((line) => /^\d+,\+1628555\d{4},created,\w+$/.test(line))).toHaveLength(ROWS - 3);
  expect(lines[7]).toMatch(/^7,555-0100,invalid,"Phone: must be a valid phone number/);

  await page.getByRole("button", { name: "Send another file" }).click();
  await expect(page.getByRole("heading", { name: "2. Check the rows" })).toHaveCount(0);
  await expect(page.getByLabel("Template")).toBeEnabled();

  const id = lines[1]!.split(",")[3]!;
  const [workflow] = await sql(`SELECT "title", "phoneNumber" FROM "Workflow" WHERE "id" = $1`, [id]);
  expect(workflow).toMatchObject({ title: "Rent for May for Tenant 1, unit 1" });
});

test("[PORTAL_DASHBOARD] the dashboard counts the period's workflows, charts them, and links recent activity", async ({
  page,
  request,
}) => {
  const made = [];
  for (let i = 0; i < 3; i += 1)
    made.push(await createWorkflow(request, { title: `Dashboard check ${run} ${i}`, steps: fullSteps(uniquePhone()) }));
  // Completing a workflow takes the whole Gateway (its own specs); here the database records one done 2 hours after it was created.
  await sql(
    `UPDATE "Workflow" SET "status" = 'COMPLETED', "openedAt" = "createdAt" + interval '1 hour', "completedAt" = "createdAt" + interval '2 hours' WHERE "id" = $1`,
    [made[0]!.id],
  );

  await signInTo(page, "/portal");
  const stat = (label: string) => page.locator(`xpath=//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
  const created = Number(await stat("Created").innerText());
  expect(created).toBeGreaterThanOrEqual(ROWS - 3 + 3);
  expect(Number(await stat("Completed").innerText())).toBeGreaterThanOrEqual(1);
  await expect(stat("Median time to complete")).not.toHaveText("—");
  await expect(page.getByRole("img", { name: new RegExp(`^Funnel: Created ${created} \\(100%\\)`) })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Workflows created and completed per day (UTC)" }).getByRole("row"),
  ).toHaveCount(31);

  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/\/portal\?days=7$/);
  await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute("aria-current", "page");
  await expect(
    page.getByRole("table", { name: "Workflows created and completed per day (UTC)" }).getByRole("row"),
  ).toHaveCount(8);
  await shoot(page, "portal-dashboard");

  // The feed says who did what, and when.
  const feed = page.getByTestId("activity-feed");
  await expect(
    feed.getByRole("listitem").filter({ hasText: `API key “Demo sandbox key” sent “Dashboard check ${run} 2”` }),
  ).toContainText(/just now|minute/);
  const recent = page.getByRole("region", { name: "Recent activity" }).getByRole("link").first();
  const title = await recent.innerText();
  await recent.click();
  await expect(page).toHaveURL(/\/portal\/workflows\/\w+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
