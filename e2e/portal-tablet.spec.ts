import { expect, type Page, test } from "@playwright/test";
import { PORTAL_NAV } from "../components/portal/portal-pages";
import { DEMO_OWNER } from "./demo-credentials";
import { auth, createWorkflow, fullSteps, uniquePhone } from "./gateway-kit";
import { shoot, signIn } from "./portal-kit";

// Every Portal page on a tablet held upright (768 × 1024): nothing wider than the screen (a wide
// table scrolls inside its own focusable box), and the navigation one tap away behind its button.
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 768, height: 1024 } });

const run = Date.now().toString(36);
const pages: Array<{ path: string; name: string }> = [
  ...PORTAL_NAV.map((page) => ({ path: page.href, name: page.label.toLowerCase().replace(/\s+/g, "-") })),
  { path: "/portal/workflows/new", name: "workflow-new" },
  { path: "/portal/workflows/bulk", name: "workflow-bulk" },
  { path: "/portal/templates/new", name: "template-new" },
  { path: "/portal/legal-documents/terms-of-service", name: "legal-document" },
];

test.beforeAll(async ({ request }) => {
  const workflow = await createWorkflow(request, {
    title: `Tablet check ${run}`,
    customerMemo: "March rent, unit 4B",
    steps: fullSteps(uniquePhone()),
  });
  const template = await request.post("/api/v2/linx/templates", {
    headers: { ...auth, "Idempotency-Key": `portal-tablet-template-${run}` },
    data: {
      name: `Tablet template ${run}`,
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
    headers: { ...auth, "Idempotency-Key": `portal-tablet-endpoint-${run}` },
    data: { url: `https://hooks.example.com/tablet-${run}`, description: `Tablet endpoint ${run}` },
  });
  expect(endpoint.status(), await endpoint.text()).toBe(201);
  const templateId = ((await template.json()) as { id: string }).id;
  pages.push(
    { path: `/portal/workflows/${workflow.id}`, name: "workflow-detail" },
    { path: `/portal/templates/${templateId}`, name: "template-detail" },
    { path: `/portal/templates/${templateId}/edit`, name: "template-edit" },
    { path: `/portal/webhooks/${((await endpoint.json()) as { id: string }).id}`, name: "webhook-endpoint" },
  );
});

/** How far the page reaches past the right edge of the window, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("[PORTAL_TABLET] every Portal page fits a 768 px wide screen, and its menu reaches every other page", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto("/sign-in");
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page).toHaveURL(/\/portal$/);

  const tooWide: string[] = [];
  for (const { path, name } of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const extra = await overflow(page);
    if (extra > 0) tooWide.push(`${path}: ${extra}px wider than the screen`);
    await shoot(page, `tablet-${name}`);
  }
  expect(tooWide, tooWide.join("\n")).toEqual([]);
});

test("[PORTAL_TABLET] the menu button opens the navigation, which leads to the page and closes", async ({ page }) => {
  await page.goto("/portal/workflows");
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page.getByRole("heading", { level: 1, name: "Workflows" })).toBeVisible();
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const nav = page.getByRole("navigation", { name: "Portal" });
  await expect(nav.getByRole("link", { name: "Workflows" })).toHaveAttribute("aria-current", "page");
  await shoot(page, "tablet-menu-open");
  await nav.getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Templates" })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();

  // The keyboard reaches it too, and Escape closes it.
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});
