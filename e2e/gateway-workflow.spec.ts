import { expect, test } from "@playwright/test";
import { auth, createWorkflow, fullSteps, getWorkflow, linkIn, sql, textsTo, uniquePhone } from "./gateway-kit";

// Real jobs run here (the in-process runner sweeps every 2 s), so flows take seconds, not ms.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test("[WORKFLOW_HAPPY_PATH] from the REST call to COMPLETED, with the status texts", async ({ page, request }) => {
  const phone = uniquePhone();
  const workflow = await createWorkflow(request, {
    title: "Confirm your March rent",
    customerMemo: "Unit 4B",
    steps: fullSteps(phone),
  });
  expect(workflow.status).toBe("ACTIVE");

  const [initial] = await textsTo(request, phone);
  expect(initial!.origin).toBe("INITIAL");
  expect(initial!.body).toContain("Demo Co");
  await page.goto(linkIn(initial!.body));
  await page.screenshot({ path: "e2e/screenshots/gateway-1-account.png", fullPage: true });

  await expect(page.getByText("Step 1 of 5")).toBeVisible();
  await page.getByLabel("First name").fill("Ada");
  await page.getByLabel("Last name").fill("Lovelace");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByText("Step 2 of 5")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/Enter your date of birth|Enter a date/).first()).toBeVisible(); // errors beside the fields
  await page.getByLabel("Date of birth").fill("1990-04-25");
  await page.getByLabel("Street address").fill("1 Main St");
  await page.getByLabel("City").fill("Springfield");
  await page.getByLabel("ZIP or postal code").fill("12345");
  await page.screenshot({ path: "e2e/screenshots/gateway-2-profile.png", fullPage: true });
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByText("Step 3 of 5")).toBeVisible();
  await page.getByLabel("Account holder's name").fill("Ada Lovelace");
  await page.getByLabel("Routing number").fill("021000021");
  await page.getByLabel("Account number").fill("000123456789");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByText("Step 4 of 5")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/gateway-4-documents.png", fullPage: true });
  for (const box of await page.getByRole("checkbox").all()) await box.check();
  await page.getByRole("button", { name: "Accept and continue" }).click();

  await expect(page.getByText("Step 5 of 5")).toBeVisible();
  await expect(page.getByText("$125.00").first()).toBeVisible();
  await expect(page.getByText(/•••• 6789/).first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/gateway-5-review.png", fullPage: true });
  await page.getByRole("button", { name: /Confirm/ }).click();

  await expect
    .poll(async () => (await getWorkflow(request, workflow.id)).status, { timeout: 15_000 })
    .toBe("COMPLETED");
  // The sandbox rail clears the payment within seconds, and the customer hears about it.
  const texts = await textsTo(request, phone, 3);
  expect(texts.map((t) => t.origin)).toContain("TRANSACTION");
  await expect
    .poll(async () => (await textsTo(request, phone, 3)).some((t) => /is complete/.test(t.body)), { timeout: 30_000 })
    .toBe(true);
  // No reload: the done page's script loads it again every 3 s while the payment is moving.
  await expect(page.getByText("The payment is complete.")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/gateway-6-done.png", fullPage: true });

  const done = await getWorkflow(request, workflow.id);
  const transactionId = done.steps.find((s) => s.stepName === "move-money")!.data!.transactionId!;
  const transaction = await (await request.get(`/api/v2/transactions/${transactionId}`, { headers: auth })).json();
  expect(transaction.status).toBe("CLEARED");
  expect(JSON.stringify(transaction)).not.toContain("123456789");
});

test("[WORKFLOW_DECLINE] the customer declines with a reason", async ({ page, request }) => {
  const phone = uniquePhone();
  const workflow = await createWorkflow(request, { title: "Rebate", steps: fullSteps(phone) });
  const [initial] = await textsTo(request, phone);
  await page.goto(linkIn(initial!.body));
  await page.getByRole("link", { name: /Decline this request/ }).click();
  await page.getByLabel("The amount is wrong").check();
  await page.screenshot({ path: "e2e/screenshots/gateway-decline.png", fullPage: true });
  await page.getByRole("button", { name: "Decline this request" }).click();
  await expect(page.getByRole("heading", { name: "You declined this request" })).toBeVisible();
  const declined = await getWorkflow(request, workflow.id);
  expect(declined.status).toBe("DECLINED");
  expect(declined.declineReason?.code).toBe("INCORRECT_AMOUNT");
});

test("[WORKFLOW_ACTIONS] resend, extend and cancel; a cancelled link stops working", async ({ page, request }) => {
  const phone = uniquePhone();
  const workflow = await createWorkflow(request, { title: "Terms update", steps: fullSteps(phone).slice(0, 2) });
  const [initial] = await textsTo(request, phone);
  const path = linkIn(initial!.body);

  expect((await request.post(`/api/v2/linx/workflows/${workflow.id}/resend`, { headers: auth })).status()).toBe(200);
  const texts = await textsTo(request, phone, 2);
  expect(texts.map((t) => t.origin).sort()).toEqual(["INITIAL", "MANUAL"]);
  expect(linkIn(texts[0]!.body)).toBe(path); // the same link in every text

  const extended = await request.post(`/api/v2/linx/workflows/${workflow.id}/extend`, {
    headers: auth,
    data: { expireInHours: 24 * 200 },
  });
  expect(extended.status()).toBe(200);
  expect(new Date((await extended.json()).expireAt).getTime()).toBeGreaterThan(Date.now() + 199 * 86_400_000);

  const history = await (
    await request.get(`/api/v2/linx/workflows/${workflow.id}/notifications/history`, { headers: auth })
  ).json();
  expect(history.data.map((n: { origin: string }) => n.origin)).toEqual(["INITIAL", "MANUAL"]);

  expect((await request.post(`/api/v2/linx/workflows/${workflow.id}/cancel`, { headers: auth })).status()).toBe(200);
  expect((await request.post(`/api/v2/linx/workflows/${workflow.id}/resend`, { headers: auth })).status()).toBe(409);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/cancelled/i);
  await expect(page.getByText("Terms update")).toHaveCount(0);
  await page.screenshot({ path: "e2e/screenshots/gateway-cancelled.png", fullPage: true });
});

test("[WORKFLOW_EXPIRED] an expired link shows its own page and the customer gets an EXPIRY text", async ({
  page,
  request,
}) => {
  const phone = uniquePhone();
  const workflow = await createWorkflow(request, { title: "Old request", steps: fullSteps(phone).slice(0, 2) });
  const [initial] = await textsTo(request, phone);
  await sql(`UPDATE "Workflow" SET "expireAt" = now() - interval '1 minute' WHERE id = $1`, [workflow.id]);
  await sql(
    `UPDATE "ScheduledJob" SET "runAt" = now() - interval '1 minute' WHERE "subjectId" = $1 AND kind = 'WORKFLOW_EXPIRE'`,
    [workflow.id],
  );
  await page.goto(linkIn(initial!.body));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/expired/i);
  await expect(page.getByText("Old request")).toHaveCount(0);
  await expect.poll(async () => (await getWorkflow(request, workflow.id)).status, { timeout: 15_000 }).toBe("EXPIRED");
  expect((await textsTo(request, phone, 2)).map((t) => t.origin)).toContain("EXPIRY");
});

test("[WORKFLOW_PASSCODE] a wrong passcode is refused; the right one opens the request", async ({ page, request }) => {
  const phone = uniquePhone();
  const workflow = await createWorkflow(request, {
    title: "Private request",
    authentication: "PASSCODE",
    steps: fullSteps(phone).slice(0, 2),
  });
  expect(workflow.passcode).toMatch(/^\d{6}$/);
  const [initial] = await textsTo(request, phone);
  await page.goto(linkIn(initial!.body));
  await expect(page.getByText("Private request")).toHaveCount(0);
  const wrong = workflow.passcode === "000000" ? "111111" : "000000";
  await page.getByRole("textbox", { name: "Passcode" }).fill(wrong);
  await page.getByRole("button", { name: /Continue|Unlock|Open/ }).click();
  await expect(page.getByText(/4 attempts/)).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/gateway-passcode-wrong.png", fullPage: true });
  await page.getByRole("textbox", { name: "Passcode" }).fill(workflow.passcode!);
  await page.getByRole("button", { name: /Continue|Unlock|Open/ }).click();
  await expect(page.getByText("Private request")).toBeVisible();
  await expect(page.getByLabel("First name")).toBeVisible();
});

test("[WORKFLOW_SMS_CODE] the customer has a code texted, a wrong one is refused, the right one opens the request", async ({
  page,
  request,
}) => {
  const phone = uniquePhone();
  await createWorkflow(request, {
    title: "Texted-code request",
    authentication: "SMS_CODE",
    steps: fullSteps(phone).slice(0, 2),
  });
  const [initial] = await textsTo(request, phone);
  await page.goto(linkIn(initial!.body));
  await expect(page.getByText("Texted-code request")).toHaveCount(0);
  await expect(page.getByText(`ending in ${phone.slice(-4)}`)).toBeVisible();
  await page.getByRole("button", { name: "Text me a code" }).click();

  const texts = await textsTo(request, phone, 2);
  const code = /\b(\d{6})\b/.exec(texts[0]!.body)![1]!;
  expect(texts[0]!.origin).toBe("OTP");
  const wrong = code === "000000" ? "111111" : "000000";
  await page.getByRole("textbox", { name: "Code" }).fill(wrong);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/4 attempts/)).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/gateway-sms-code.png", fullPage: true });
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  // The heading, not any text: after the redirect Next's route announcer may read the same words.
  await expect(page.getByRole("heading", { name: "Texted-code request" })).toBeVisible();
  await expect(page.getByLabel("First name")).toBeVisible();
});

test("[WORKFLOW_UNKNOWN_LINK] any token gets a clear page and never a 5xx", async ({ page }) => {
  for (const token of ["nope", "A".repeat(43), "x".repeat(3000), "%00", "%E2%9C%93"]) {
    const response = await page.goto(`/l/${token}`);
    expect(response!.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});
