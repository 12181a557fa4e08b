import { expect, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { shoot, signIn } from "./portal-kit";

// A detail page for something that is not there (a mistyped link, or another business's record:
// the same answer) says so inside the Portal, with the way back to its list, and answers 404.

const missing = [
  {
    path: "/portal/workflows/cm0000000000000000000000",
    heading: "Workflow not found",
    back: "Back to workflows",
    list: "Workflows",
  },
  { path: "/portal/workflows/not-an-id", heading: "Workflow not found", back: "Back to workflows", list: "Workflows" },
  {
    path: "/portal/templates/cm0000000000000000000000/edit",
    heading: "Template not found",
    back: "Back to templates",
    list: "Templates",
  },
  {
    path: "/portal/webhooks/cm0000000000000000000000",
    heading: "Webhook endpoint not found",
    back: "Back to webhooks",
    list: "Webhooks",
  },
  {
    path: "/portal/legal-documents/no-such-document",
    heading: "Legal document not found",
    back: "Back to legal documents",
    list: "Legal documents",
  },
];

test("[PORTAL_NOT_FOUND] an unknown workflow, template, endpoint or document shows a not-found page in the Portal, with a link back", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(missing[0]!.path);
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  // Signing in lands on the first address asked for.
  for (const [index, { path, heading, back, list }] of missing.entries()) {
    if (index > 0) expect((await page.goto(path))!.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    // Still inside the Portal: its header and navigation are there.
    await expect(page.getByTestId("business-name")).toHaveText(DEMO_OWNER.business);
    await expect(page.getByText(`${DEMO_OWNER.business} has no`)).toBeVisible();
    if (index === 0) await shoot(page, "portal-not-found");
    await page.getByRole("link", { name: back }).click();
    await expect(page.getByRole("heading", { level: 1, name: list })).toBeVisible();
  }
  // The lists and forms still stream behind their loading skeleton.
  for (const path of ["/portal", "/portal/workflows", "/portal/customers", "/portal/workflows/new"])
    expect((await page.goto(path))!.status(), path).toBe(200);
});
