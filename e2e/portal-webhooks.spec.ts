import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { startReceiver, type Receiver } from "../server/webhooks/test-receiver";
import { readSecretOnce, shoot, signInTo } from "./portal-kit";

// The Webhooks area clicked through as the demo owner, delivering to a receiver this spec runs on
// loopback (the e2e app allows private targets). One file, run in order.
test.describe.configure({ mode: "serial" });

const tag = Date.now().toString(36);
let receiver: Receiver;

test.beforeAll(async () => {
  receiver = await startReceiver([{ status: 200, body: '{"received":true}' }]);
});
test.afterAll(async () => {
  await receiver.close();
});

test("[PORTAL_WEBHOOKS] an endpoint is added with its secret shown once, tested, replayed, edited, rotated, suspended, resumed and deleted", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInTo(page, "/portal");
  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Webhooks", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  await page.getByRole("button", { name: "Add endpoint" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("URL").fill("not a url");
  await expect(dialog.getByText("Enter an absolute URL")).toBeVisible();
  const url = `${receiver.url}/${tag}`;
  await dialog.getByLabel("URL").fill(url);
  await dialog.getByLabel("Description (optional)").fill(`E2E receiver ${tag}`);
  await dialog.getByLabel("Only the types I pick").check();
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  await expect(dialog.getByText("Pick at least one event type")).toBeVisible();
  await dialog.getByRole("checkbox", { name: /customer\.created/ }).check();
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  const secret = await readSecretOnce(dialog);
  expect(secret).toMatch(/^whsec_/);
  await expect(dialog.getByRole("button", { name: "Copy signing secret" })).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row", { name: new RegExp(`E2E receiver ${tag}`) });
  await expect(row).toContainText("customer.created");
  await expect(row).toContainText("Active");
  await shoot(page, "portal-webhooks");
  // The secret is not on the page any more.
  await expect(page.getByText(secret)).toHaveCount(0);

  await row.getByRole("link", { name: url }).click();
  await expect(page.getByRole("heading", { level: 1, name: `E2E receiver ${tag}` })).toBeVisible();
  await expect(page.getByText("No deliveries yet")).toBeVisible();

  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByText(/is on its way/)).toBeVisible();
  const delivery = page.getByTestId("delivery").first();
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(delivery.getByRole("row", { name: /#1/ })).toContainText("200", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(delivery).toContainText("webhook-endpoint.test");
  await expect(delivery).toContainText("Delivered");
  await expect(delivery).toContainText('{"received":true}');
  // The secret shown once is the one that signed the delivery.
  const received = receiver.received.find((request) => request.path === `/hooks/${tag}`);
  expect(received).toBeDefined();
  const headers = received!.headers as Record<string, string>;
  expect(new Webhook(secret).verify(received!.body, headers)).toMatchObject({ type: "webhook-endpoint.test" });
  await shoot(page, "portal-webhook-detail");

  // Replay the event: a fresh attempt #1 joins the log, with the same event id.
  await page
    .getByRole("button", { name: /^Replay event msg_/ })
    .first()
    .click();
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(delivery.getByRole("row", { name: /#1/ })).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  expect(receiver.received.filter((request) => request.path === `/hooks/${tag}`)).toHaveLength(2);

  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByRole("dialog").getByLabel("Description (optional)").fill(`Renamed receiver ${tag}`);
  await page.getByRole("dialog").getByLabel("Every event type, including types added later").check();
  await page.getByRole("dialog").getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("definition").filter({ hasText: `Renamed receiver ${tag}` })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Every event type" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Renamed receiver ${tag}` })).toBeVisible();

  await page.getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByRole("dialog")).toContainText("both the old and the new secret sign every event");
  await page.getByRole("dialog").getByRole("button", { name: "Rotate secret" }).click();
  const rotated = await readSecretOnce(page.getByRole("dialog"));
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
  await expect(page.getByRole("dialog")).toContainText("two signatures");
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();

  await page.getByRole("button", { name: "Suspend" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Suspend" }).click();
  await expect(page.getByText("Suspended: nothing is delivered")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send test event" })).toBeDisabled();
  await page.getByRole("button", { name: "Resume" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Resume" }).click();
  await expect(page.getByRole("button", { name: "Send test event" })).toBeEnabled();

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page).toHaveURL(/\/portal\/webhooks$/);
  await expect(page.getByRole("row", { name: new RegExp(`receiver ${tag}`) })).toHaveCount(0);
});
