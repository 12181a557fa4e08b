import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";

// What the Portal specs share.

/** Fills the sign-in form on the page the browser is on, and submits it. */
export const signIn = async (page: Page, email: string, password: string) => {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
};

/** Opens a Portal page while signed out, signs in on the form it leads to (as the demo owner unless told), and waits to be back on that page. */
export const signInTo = async (page: Page, path: string, who: { email: string; password: string } = DEMO_OWNER) => {
  await page.goto(path);
  await signIn(page, who.email, who.password);
  await expect(page).toHaveURL((url) => url.pathname === path);
};

/** A full-page screenshot in e2e/screenshots, from the top (a scrolled page draws the sticky header mid-shot). */
export const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
};

/** On a screen that chooses a password through an emailed link (an invitation, a reset): picks `password` and goes on. */
export const choosePassword = async (page: Page, password: string) => {
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Confirm new password").fill(password);
  await page.getByRole("button", { name: "Save password and continue" }).click();
};

/** Opens the account menu in the Portal header and signs out. */
export const signOut = async (page: Page) => {
  await page.locator("header details summary").click();
  await page.getByRole("button", { name: "Sign out" }).click();
};

/** The secret a "shown once" dialog (API key, signing secret) shows in `scope`. */
export const readSecretOnce = async (scope: Locator) => (await scope.getByTestId("secret-once").textContent()) ?? "";

/** The signed-in owner invites someone from the Team page; LinX emails them a link. */
export const inviteMember = async (page: Page, name: string, email: string, role?: string) => {
  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Team", exact: true }).click();
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a team member" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Email").fill(email);
  if (role) await dialog.getByLabel("Role").selectOption(role);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  const shown = page.getByRole("dialog", { name: `Invitation sent to ${name}` });
  await expect(shown).toContainText(`We emailed ${email} a link to join.`);
  await shown.getByRole("button", { name: "Done" }).click();
};

/**
 * The path of the newest link to `path` (/invite, /reset-password) in the local mail inbox of
 * `to` (GET /api/dev/mail), waiting for it to arrive. A path, so the browser stays on its host.
 */
export const emailedLink = async (request: APIRequestContext, to: string, path: string) => {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/mail?to=${encodeURIComponent(to)}`);
        const { data } = (await response.json()) as { data: Array<{ text: string }> };
        link = data
          .map((mail) => mail.text.match(new RegExp(`https?://[^/\\s]+(${path}/[A-Za-z0-9_-]{43})`))?.[1])
          .find(Boolean);
        return link;
      },
      { message: `an email to ${to} with a ${path} link` },
    )
    .toBeTruthy();
  return link!;
};

/** Opens the invitation emailed to `email` and joins by choosing `password`; lands in the Portal. */
export const acceptInvitation = async (page: Page, email: string, password: string) => {
  await page.goto(await emailedLink(page.request, email, "/invite"));
  await choosePassword(page, password);
  await expect(page).toHaveURL(/\/portal$/);
};
