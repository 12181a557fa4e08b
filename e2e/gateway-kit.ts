import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_API_KEY } from "./demo-credentials";

// What the Gateway specs share: the business backend's REST calls, the phone's inbox, and the
// database (to move time, as documenso's e2e does by writing due dates in the past).

export const auth = { Authorization: `Bearer ${DEMO_API_KEY}` };

/**
 * A valid US number no other spec of this run is likely to use: one of 8 million, at random (the
 * inbox lists every text to a number, so two specs sharing one see each other's texts). It was one
 * of 10,000, and a run's hundred-odd numbers then met about one run in three.
 */
export const uniquePhone = () =>
  `+1415${200 + Math.floor(Math.random() * 800)}${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;

export const fullSteps = (phoneNumber: string, amount = "125.00") => [
  { name: "notification", parameters: { phoneNumber, channel: "SMS" } },
  { name: "customer-account", parameters: {} },
  { name: "enhance-profile", parameters: { personalInfo: ["dateOfBirth"], address: ["PHYSICAL"] } },
  { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
  {
    name: "document-acceptance",
    parameters: { documents: [{ documentId: "terms-of-service" }, { documentId: "privacy-policy" }] },
  },
  {
    name: "move-money",
    parameters: { transactionType: "REQUEST", solution: "ach", amount, currency: "USD", description: "March rent" },
  },
];

export const createWorkflow = async (request: APIRequestContext, body: Record<string, unknown>) => {
  const response = await request.post("/api/v2/linx/workflows", { headers: auth, data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; status: string; passcode?: string };
};

export const getWorkflow = async (request: APIRequestContext, id: string) => {
  const response = await request.get(`/api/v2/linx/workflows/${id}`, { headers: auth });
  expect(response.status()).toBe(200);
  return (await response.json()) as {
    status: string;
    expireAt: string;
    declineReason: { code: string } | null;
    steps: { stepName: string; data: Record<string, string> | null }[];
  };
};

export type Sms = { body: string; origin: string };

/** The texts a number received, newest first, waiting until `count` have arrived. */
export const textsTo = async (request: APIRequestContext, phone: string, count = 1) => {
  let texts: Sms[] = [];
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/sms?to=${encodeURIComponent(phone)}`);
        texts = ((await response.json()) as { data: Sms[] }).data;
        return texts.length;
      },
      { timeout: 45_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return texts;
};

export const linkIn = (text: string) => {
  const match = /https?:\/\/\S+\/l\/[A-Za-z0-9_-]{43}/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return new URL(match[0]).pathname;
};

const databaseUrl = () =>
  process.env.DATABASE_URL || readFileSync(`.data/e2e-${process.env.E2E_PORT || 3100}/database-url`, "utf8");

/** Runs SQL on the app's database (the embedded one through the URL npm start wrote down). */
export const sql = async (text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
};

export type Onboarded = { workflowId: string; customerId: string; phone: string };

/**
 * A new customer made the way customers are made: a workflow with every step, created through the
 * REST API and completed in the Gateway on `page`. Returns the workflow and the customer it created.
 */
export const onboardCustomer = async (
  page: Page,
  request: APIRequestContext,
  { title, firstName, lastName, email }: { title: string; firstName: string; lastName: string; email: string },
): Promise<Onboarded> => {
  const phone = uniquePhone();
  const workflow = await createWorkflow(request, { title, steps: fullSteps(phone) });
  const [initial] = await textsTo(request, phone);
  await page.goto(linkIn(initial!.body));
  await page.getByLabel("First name").fill(firstName);
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Email (optional)").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Date of birth").fill("1990-04-25");
  await page.getByLabel("Street address").fill("1 Main St");
  await page.getByLabel("City").fill("Springfield");
  await page.getByLabel("ZIP or postal code").fill("12345");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Account holder's name").fill(`${firstName} ${lastName}`);
  await page.getByLabel("Routing number").fill("021000021");
  await page.getByLabel("Account number").fill("000123456789");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Accept and continue" })).toBeVisible();
  for (const box of await page.getByRole("checkbox").all()) await box.check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await page.getByRole("button", { name: /Confirm/ }).click();
  await expect
    .poll(async () => (await getWorkflow(request, workflow.id)).status, { timeout: 15_000 })
    .toBe("COMPLETED");
  const done = await getWorkflow(request, workflow.id);
  const customerId = done.steps.find((step) => step.stepName === "customer-account")!.data!.customerId!;
  return { workflowId: workflow.id, customerId, phone };
};
