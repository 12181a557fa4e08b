import { expect, type Locator, type Page } from "@playwright/test";
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

/** On the "Choose your password" screen an invited member is sent to: picks `password` and goes on. */
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

/** The secret a "shown once" dialog (API key, signing secret, one-time password) shows in `scope`. */
export const readSecretOnce = async (scope: Locator) => (await scope.getByTestId("secret-once").textContent()) ?? "";

/** The signed-in owner invites someone from the Team page; returns their one-time password. */
export const inviteMember = async (page: Page, name: string, email: string) => {
  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Team", exact: true }).click();
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a team member" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("button", { name: "Invite" }).click();
  const shown = page.getByRole("dialog", { name: `${name} is on the team` });
  await expect(shown).toContainText("then choose their own");
  const password = await readSecretOnce(shown);
  await shown.getByRole("button", { name: "Done" }).click();
  return password;
};
