import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { choosePassword, inviteMember, readSecretOnce, shoot, signIn, signOut } from "./portal-kit";

// A member's own account: the one-time password of an invitation only opens "Choose your
// password"; the account page changes the name and the password, which signs out other sessions;
// five wrong passwords lock an email. Run in order: later steps use the member made first.
test.describe.configure({ mode: "serial" });

const tag = Date.now().toString(36);
const member = { name: `Mona Member ${tag}`, email: `mona-${tag}@demo.test`, oneTime: "", chosen: `mona chose this ${tag}`, changed: `mona changed it ${tag}` };

const signInAsOwner = async (page: Page) => {
  await page.goto("/sign-in");
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page).toHaveURL(/\/portal$/);
};

const formAlert = (page: Page) => page.locator("form").getByRole("alert");

test("[PORTAL_ACCOUNT] an invited member must choose a password before any other page, then signs in with it", async ({ page }) => {
  // A long walk (invite, three sign-ins, every page refusing): more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await signInAsOwner(page);
  member.oneTime = await inviteMember(page, member.name, member.email);
  expect(member.oneTime).toMatch(/^[A-Za-z0-9-]{23}$/);
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);

  await signIn(page, member.email, member.oneTime);
  await expect(page).toHaveURL(/\/portal\/choose-password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Portal" })).toHaveCount(0);
  await shoot(page, "portal-choose-password");
  // Every other page, and tRPC, wait for the new password.
  for (const path of ["/portal", "/portal/workflows", "/portal/account", "/portal/no-access"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/portal\/choose-password$/);
  }
  const trpc = await page.request.get("/api/trpc/business.listMine");
  expect(trpc.status()).toBe(403);
  expect((await trpc.json()).error.message).toBe("Choose your password before using the Portal");

  await choosePassword(page, "too short");
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("New password", { exact: true }).fill(member.email);
  await page.getByLabel("Confirm new password").fill("something else entirely");
  await page.getByRole("button", { name: "Save password and continue" }).click();
  await expect(page.getByText("Choose a password other than your email address")).toBeVisible();
  await expect(page.getByText("The two passwords do not match")).toBeVisible();
  await shoot(page, "portal-choose-password-errors");
  // The server refuses what the browser let through: the one-time password again.
  await choosePassword(page, member.oneTime);
  await expect(page.getByText("Choose a password other than the one-time password")).toBeVisible();

  await choosePassword(page, member.chosen);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("business-name")).toHaveText(DEMO_OWNER.business);

  await signOut(page);
  await signIn(page, member.email, member.oneTime);
  await expect(formAlert(page)).toHaveText(/do not match an account/);
  await signIn(page, member.email, member.chosen);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("[PORTAL_ACCOUNT] the account page changes the name and the password, which signs out the member's other sessions", async ({ browser }) => {
  const open = async (b: Browser) => {
    const page = await (await b.newContext()).newPage();
    await page.goto("/sign-in");
    await signIn(page, member.email, member.chosen);
    await expect(page).toHaveURL(/\/portal$/);
    return page;
  };
  const here = await open(browser);
  const elsewhere = await open(browser);

  await here.locator("header details summary").click();
  await here.getByRole("link", { name: "Your account" }).click();
  await expect(here).toHaveURL(/\/portal\/account$/);
  await expect(here.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(here.getByTestId("account-email")).toHaveText(member.email);
  await expect(here.getByLabel("Name")).toHaveValue(member.name);

  const renamed = `Mona M. ${tag}`;
  await here.getByLabel("Name").fill(renamed);
  await here.getByRole("button", { name: "Save name" }).click();
  await expect(here.getByText(`Saved. Your teams now see you as ${renamed}.`)).toBeVisible();
  await expect(here.locator("header summary")).toContainText(renamed);

  const current = here.getByLabel("Current password");
  await current.fill("not my password at all");
  await here.getByLabel("New password", { exact: true }).fill(member.changed);
  await here.getByLabel("Confirm new password").fill(member.changed);
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByText("This is not your current password")).toBeVisible();
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await shoot(here, "portal-account-wrong-password");
  await current.fill(member.chosen);
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here).toHaveURL(/\/portal\/account\?passwordChanged=1$/);
  await expect(here.getByText("Your password is changed.")).toBeVisible();
  await expect(current).toHaveValue("");
  await shoot(here, "portal-account");

  // This browser stays signed in; the other session is over.
  await here.goto("/portal/team");
  await expect(here.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(here.getByRole("rowheader", { name: renamed })).toBeVisible();
  await elsewhere.goto("/portal/team");
  await expect(elsewhere).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal%2Fteam$/);
  expect((await elsewhere.request.get("/api/trpc/business.listMine")).status()).toBe(401);
  await signIn(elsewhere, member.email, member.changed);
  await expect(elsewhere).toHaveURL(/\/portal\/team$/);
  await here.context().close();
  await elsewhere.context().close();
});

test("[PORTAL_ACCOUNT] five wrong passwords lock the email for 15 minutes, the right one included; the owner sees it in the audit log and resets the password", async ({ page }) => {
  test.setTimeout(90_000);
  const locked = { name: `Lou Locked ${tag}`, email: `lou-${tag}@demo.test` };
  await signInAsOwner(page);
  const oneTime = await inviteMember(page, locked.name, locked.email);
  const owner = page;
  const guest = await (await page.context().browser()!.newContext()).newPage();
  await guest.goto("/sign-in");
  for (let i = 1; i <= 4; i++) {
    await signIn(guest, locked.email, `wrong password ${i}`);
    await expect(formAlert(guest)).toHaveText(/do not match an account/);
    // Wait for this answer before the next try: the form keeps the email it was sent.
    await expect(guest.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await signIn(guest, locked.email, "wrong password 5");
  await expect(formAlert(guest)).toHaveText("Too many attempts, try again in 15 minutes.");
  await signIn(guest, locked.email, oneTime);
  await expect(formAlert(guest)).toHaveText(/^Too many attempts, try again in 1[45] minutes\.$/);
  await expect(guest).toHaveURL(/\/sign-in$/);
  await shoot(guest, "sign-in-locked");

  await owner.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Audit log" }).click();
  await owner.getByLabel("Action").fill("account.sign-in-locked");
  await owner.getByRole("button", { name: "Apply" }).click();
  await expect(owner.getByRole("table", { name: /Audit log entries/ }).getByRole("row", { name: /account\.sign-in-locked/ }).first()).toBeVisible();

  // The owner gives Lou a new one-time password: the lock lifts, the old one is dead.
  await owner.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Team", exact: true }).click();
  await owner.getByRole("button", { name: `Reset ${locked.name}'s password` }).click();
  await owner.getByRole("dialog", { name: `Reset ${locked.name}'s password?` }).getByRole("button", { name: "Reset password" }).click();
  const shown = owner.getByRole("dialog", { name: `New password for ${locked.name}` });
  await expect(shown).toContainText("signed out everywhere");
  const fresh = await readSecretOnce(shown);
  expect(fresh).toMatch(/^[A-Za-z0-9-]{23}$/);
  expect(fresh).not.toBe(oneTime);
  await shoot(owner, "portal-team-password-reset");
  await shown.getByRole("button", { name: "Done" }).click();
  await expect(shown).toBeHidden();

  await signIn(guest, locked.email, oneTime);
  await expect(formAlert(guest)).toHaveText(/do not match an account/);
  await expect(guest.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await signIn(guest, locked.email, fresh);
  await expect(guest).toHaveURL(/\/portal\/choose-password$/);
  await guest.context().close();
});
