import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { PORTAL_NAV } from "../components/portal/portal-pages";
import { auth, createWorkflow, fullSteps, onboardCustomer, uniquePhone } from "./gateway-kit";
import { signInTo } from "./portal-kit";

// Every Portal page, as the demo owner, through axe-core: no serious or critical WCAG 2 A/AA
// violation. The pages that show one record get their record from the REST API (a customer, through the Gateway) first.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const pages: string[] = [
  ...PORTAL_NAV.map((page) => page.href),
  "/portal/workflows/new",
  "/portal/templates/new",
  "/portal/legal-documents/terms-of-service",
  "/portal/account",
];

test.beforeAll(async ({ request, browser }) => {
  test.setTimeout(120_000);
  const gateway = await browser.newPage();
  const customer = await onboardCustomer(gateway, request, {
    title: `Axe customer ${run}`,
    firstName: "Axe",
    lastName: `Check${run}`,
    email: `axe.${run}@example.test`,
  });
  await gateway.close();
  pages.push(`/portal/customers/${customer.customerId}`);
  const workflow = await createWorkflow(request, { title: `Axe check ${run}`, steps: fullSteps(uniquePhone()) });
  const template = await request.post("/api/v2/linx/templates", {
    headers: { ...auth, "Idempotency-Key": `portal-a11y-template-${run}` },
    data: {
      name: `Axe template ${run}`,
      title: "Rent",
      expireInHours: 72,
      steps: [
        { name: "notification", parameters: { channel: "SMS" } },
        { name: "customer-account", parameters: {} },
      ],
    },
  });
  expect(template.status(), await template.text()).toBe(201);
  const endpoint = await request.post("/api/v2/webhook-endpoints", {
    headers: { ...auth, "Idempotency-Key": `portal-a11y-endpoint-${run}` },
    data: { url: `https://hooks.example.com/a11y-${run}`, description: `Axe endpoint ${run}` },
  });
  expect(endpoint.status(), await endpoint.text()).toBe(201);
  const templateId = ((await template.json()) as { id: string }).id;
  pages.push(
    `/portal/workflows/${workflow.id}`,
    `/portal/templates/${templateId}`,
    `/portal/templates/${templateId}/edit`,
    `/portal/webhooks/${((await endpoint.json()) as { id: string }).id}`,
  );
});

/** The serious and critical WCAG 2 A/AA violations on the page as it is now, one line each. */
const seriousViolations = async (page: Page, where: string) => {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
};

test("[PORTAL_A11Y] every Portal page, and the endpoint dialog open, has no serious or critical axe violation", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signInTo(page, "/portal");
  // The check itself catches a violation: an input nobody labelled.
  await page.evaluate(() =>
    document.querySelector("main")?.append(Object.assign(document.createElement("input"), { type: "text" })),
  );
  expect((await seriousViolations(page, "self-check")).join()).toContain("label");

  const found: string[] = [];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    found.push(...(await seriousViolations(page, path)));
  }
  await page.goto("/portal/webhooks");
  await page.getByRole("button", { name: "Add endpoint" }).first().click();
  await page.getByRole("dialog").getByLabel("Only the types I pick").check();
  found.push(...(await seriousViolations(page, "/portal/webhooks, Add endpoint dialog")));
  expect(found, found.join("\n")).toEqual([]);
});
