import { expect, test, type APIRequestContext } from "@playwright/test";
import { shoot, signInTo } from "./portal-kit";

// A request sent by email (issue 12, part 3): created in the Portal, its link and one-time code read
// from the local mail inbox, the Gateway walked as for a texted one, and the one-click unsubscribe.

type Mail = { subject: string; text: string };

/** The emails an address received (GET /api/dev/mail), newest first, waiting until `count` have arrived. */
const mailTo = async (request: APIRequestContext, to: string, count = 1) => {
  let mails: Mail[] = [];
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/mail?to=${encodeURIComponent(to)}`);
        mails = ((await response.json()) as { data: Mail[] }).data;
        return mails.length;
      },
      { timeout: 45_000, message: `${count} email(s) to ${to}` },
    )
    .toBeGreaterThanOrEqual(count);
  return mails;
};

const pathIn = (text: string, pattern: RegExp) => {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no ${pattern} in: ${text}`);
  return new URL(match[0]).pathname;
};

test("[PORTAL_WORKFLOWS] a request by email: the link and the code arrive by email, the customer finishes it, then unsubscribes in one click", async ({
  page,
  request,
}) => {
  const title = `Emailed request ${Date.now().toString(36)}`;
  const email = `ana.${Date.now().toString(36)}@example.com`;

  await signInTo(page, "/portal/workflows/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: "Email", exact: true }).check();
  await page.getByLabel("Customer's email address").fill("not-an-address");
  await page.getByRole("button", { name: "Create and send" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await page.getByLabel("Customer's email address").fill(email);
  await page.getByRole("radio", { name: "Code by SMS" }).check();
  // The preview shows the email as it will be written: a button, not a texted link, and no STOP.
  const preview = page.getByTestId("email-preview");
  await expect(preview).toContainText(`Subject: Demo Co: ${title}`);
  await expect(preview).toContainText("Open your request");
  await expect(preview).toContainText("To stop emails from Demo Co, unsubscribe");
  await expect(preview).not.toContainText("STOP");
  await shoot(page, "portal-workflow-new-email");
  await page.getByRole("button", { name: "Create and send" }).click();
  await expect(page.getByText(`“${title}” was created`)).toBeVisible();
  await page.getByRole("link", { name: "Open the workflow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const workflowPath = new URL(page.url()).pathname;

  // The customer's inbox: the link, in the words of the text, with the unsubscribe link under it.
  const [linkMail] = await mailTo(request, email);
  expect(linkMail!.subject).toContain(title);
  expect(linkMail!.text).toContain("Open your request:");
  const unsubscribePath = pathIn(linkMail!.text, /https?:\/\/\S+\/unsubscribe\/\S+/);

  // The Gateway is the same; the code goes to the same address.
  await page.goto(pathIn(linkMail!.text, /https?:\/\/\S+\/l\/[A-Za-z0-9_-]{43}/));
  await expect(page.getByText(title)).toHaveCount(0);
  await expect(page.getByText(/we will email a 6-digit code to a•••@example\.com/)).toBeVisible();
  await page.getByRole("button", { name: "Email me a code" }).click();
  const [codeMail] = await mailTo(request, email, 2);
  expect(codeMail!.subject).toMatch(/: your code$/);
  const code = /\b(\d{6})\b/.exec(codeMail!.text)![1]!;
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.getByLabel("First name").fill("Ana");
  await page.getByLabel("Last name").fill("Ruiz");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("First name")).toHaveCount(0);

  // One click: a GET only asks; the button (a POST, as a mail app's one-click is) unsubscribes.
  await page.goto(unsubscribePath);
  await expect(page.getByText(`to ${email}?`)).toBeVisible();
  await shoot(page, "unsubscribe-ask");
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status")).toContainText("You are unsubscribed");

  // Staff see the channel in the history, and can resume the customer's emails from their page.
  await page.goto(workflowPath);
  const history = page.getByRole("table", { name: "SMS messages and emails sent for this workflow" });
  await expect(history.getByRole("row").filter({ hasText: "Email" }).first()).toContainText(email);
  await page.getByRole("link", { name: "Ana Ruiz" }).click();
  await expect(page.getByText(`${email} unsubscribed from your emails`)).toBeVisible();
  await page.getByRole("button", { name: "Resume emails" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Resume emails" }).click();
  await expect(page.getByText(`${email} unsubscribed from your emails`)).toHaveCount(0);
});
