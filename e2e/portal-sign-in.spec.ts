import { expect, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { shoot, signIn } from "./portal-kit";

test("[PORTAL_SIGN_IN] the demo owner signs in, sees Demo Co, opens a protected page and signs out", async ({
  page,
}) => {
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal$/);
  await shoot(page, "sign-in");

  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("business-name")).toHaveText(DEMO_OWNER.business);
  // Real numbers from the database: the seeded sandbox key and the owner.
  await expect(page.getByRole("row", { name: /Active/ })).toBeVisible();
  // Other specs add members to Demo Co while this one runs: a count, not a number.
  await expect(page.locator('dt:has-text("Team members") + dd')).toHaveText(/^[1-9]\d*$/);
  await shoot(page, "portal-dashboard");

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Team" }).click();
  await expect(page).toHaveURL(/\/portal\/team$/);
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Demo Owner" })).toBeVisible();
  await expect(page.getByRole("cell", { name: DEMO_OWNER.email })).toBeVisible();
  await shoot(page, "portal-team");

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Workflows" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Workflows" })).toBeVisible();
  await shoot(page, "portal-workflows");

  await page.locator("header details summary").click();
  await shoot(page, "portal-user-menu");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByText("You are signed out.")).toBeVisible();

  await page.goto("/portal/team");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal%2Fteam$/);
  await expect(page.getByRole("heading", { name: "Sign in to the Portal" })).toBeVisible();
});

test("[PORTAL_SIGN_IN] a wrong password, or an unknown email, shows the same error and no session", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await signIn(page, DEMO_OWNER.email, "not-the-password");
  // Scoped to the form: Next's route announcer is an (empty) alert too.
  const error = page.locator("form").getByRole("alert");
  await expect(error).toHaveText(/do not match an account/);
  const message = await error.textContent();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO_OWNER.email);
  await shoot(page, "sign-in-error");

  await signIn(page, "nobody@demo.test", "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText(message ?? "");

  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal$/);
});

test("[PORTAL_SIGN_IN] without a session, tRPC answers 401 and next-auth reports no session", async ({ request }) => {
  const response = await request.get("/api/trpc/business.listMine");
  expect(response.status()).toBe(401);
  const body = await response.json();
  expect(body.error.data.code).toBe("UNAUTHORIZED");
  const session = await request.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toBeNull();
});

test("[PORTAL_SIGN_IN] signing in on 127.0.0.1 keeps the browser on 127.0.0.1", async ({ page, baseURL }) => {
  const loopback = baseURL!.replace("localhost", "127.0.0.1");
  await page.goto(`${loopback}/portal`);
  await expect(page).toHaveURL(`${loopback}/sign-in?callbackUrl=%2Fportal`);
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page).toHaveURL(`${loopback}/portal`);
  await expect(page.getByTestId("business-name")).toHaveText(DEMO_OWNER.business);
});
