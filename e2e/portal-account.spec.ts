import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { choosePassword, emailedLink, inviteMember, shoot, signIn, signOut } from "./portal-kit";

// A member's own account: an emailed invitation where they choose their own password; the account
// page changes the name and the password, which signs out other sessions; five wrong passwords
// lock an email, and "Forgot your password?" emails a reset link that lifts the lock. Run in
// order: later steps use the member made first.
test.describe.configure({ mode: "serial" });

const tag = Date.now().toString(36);
const member = {
  name: `Mona Member ${tag}`,
  email: `mona-${tag}@demo.test`,
  chosen: `mona chose this ${tag}`,
  changed: `mona changed it ${tag}`,
};

const signInAsOwner = async (page: Page) => {
  await page.goto("/sign-in");
  await signIn(page, DEMO_OWNER.email, DEMO_OWNER.password);
  await expect(page).toHaveURL(/\/portal$/);
};

const formAlert = (page: Page) => page.locator("form").getByRole("alert");

test("[PORTAL_ACCOUNT] an invited member chooses their own password through the emailed link, which then stops working", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsOwner(page);
  await inviteMember(page, member.name, member.email);
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  // Nobody has an account until the invitation is accepted.
  await signIn(page, member.email, member.chosen);
  await expect(formAlert(page)).toHaveText(/do not match an account/);

  const link = await emailedLink(page.request, member.email, "/invite");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${member.name}` })).toBeVisible();
  await expect(page.getByText(`Join ${DEMO_OWNER.business} on LinX with the Operator role.`)).toBeVisible();
  await shoot(page, "invitation-choose-password");
  await choosePassword(page, "too short");
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("New password", { exact: true }).fill(member.email);
  await page.getByLabel("Confirm new password").fill("something else entirely");
  await page.getByRole("button", { name: "Save password and continue" }).click();
  await expect(page.getByText("Choose a password other than your email address")).toBeVisible();
  await expect(page.getByText("The two passwords do not match")).toBeVisible();

  await choosePassword(page, member.chosen);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("business-name")).toHaveText(DEMO_OWNER.business);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "This invitation no longer works" })).toBeVisible();
  await page.goto("/portal");
  await signOut(page);
  await signIn(page, member.email, member.chosen);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("[PORTAL_ACCOUNT] the account page changes the name and the password, which signs out the member's other sessions", async ({
  browser,
}) => {
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

test('[PORTAL_ACCOUNT] five wrong passwords lock the email for 15 minutes, the right one included; the owner sees it in the audit log; a reset link from "Forgot your password?" lifts it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const locked = {
    name: `Lou Locked ${tag}`,
    email: `lou-${tag}@demo.test`,
    password: `lou chose this ${tag}`,
    reset: `lou reset it ${tag}`,
  };
  await signInAsOwner(page);
  await inviteMember(page, locked.name, locked.email);
  const owner = page;
  const guest = await (await page.context().browser()!.newContext()).newPage();
  await guest.goto(await emailedLink(guest.request, locked.email, "/invite"));
  await choosePassword(guest, locked.password);
  await expect(guest).toHaveURL(/\/portal$/);
  await signOut(guest);
  for (let i = 1; i <= 4; i++) {
    await signIn(guest, locked.email, `wrong password ${i}`);
    await expect(formAlert(guest)).toHaveText(/do not match an account/);
    // Wait for this answer before the next try: the form keeps the email it was sent.
    await expect(guest.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await signIn(guest, locked.email, "wrong password 5");
  await expect(formAlert(guest)).toHaveText("Too many attempts, try again in 15 minutes.");
  await signIn(guest, locked.email, locked.password);
  await expect(formAlert(guest)).toHaveText(/^Too many attempts, try again in 1[45] minutes\.$/);
  await shoot(guest, "sign-in-locked");

  await owner.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Audit log" }).click();
  await owner.getByLabel("Action").fill("account.sign-in-locked");
  await owner.getByRole("button", { name: "Apply" }).click();
  await expect(
    owner
      .getByRole("table", { name: /Audit log entries/ })
      .getByRole("row", { name: /account\.sign-in-locked/ })
      .first(),
  ).toBeVisible();

  // The same answer for an address with no account, and no email to it.
  const nobody = `nobody-${tag}@demo.test`;
  await guest.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: fill the one on the page the link opens.
  await expect(guest.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await guest.getByLabel("Email").fill(nobody);
  await guest.getByRole("button", { name: "Email me a link" }).click();
  await expect(guest.getByText(`If ${nobody} has a LinX account, we emailed it a link`)).toBeVisible();
  expect((await (await guest.request.get(`/api/dev/mail?to=${encodeURIComponent(nobody)}`)).json()).data).toEqual([]);
  await guest.goto("/forgot-password");
  await guest.getByLabel("Email").fill(locked.email);
  await guest.getByRole("button", { name: "Email me a link" }).click();
  await expect(guest.getByText(`If ${locked.email} has a LinX account, we emailed it a link`)).toBeVisible();
  await shoot(guest, "forgot-password-sent");

  const link = await emailedLink(guest.request, locked.email, "/reset-password");
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await choosePassword(guest, locked.reset);
  await expect(guest).toHaveURL(/\/portal$/);
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  await guest.goto("/portal");
  await signOut(guest);
  await signIn(guest, locked.email, locked.password);
  await expect(formAlert(guest)).toHaveText(/do not match an account/);
  await expect(guest.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await signIn(guest, locked.email, locked.reset);
  await expect(guest).toHaveURL(/\/portal$/);
  await guest.context().close();
});
