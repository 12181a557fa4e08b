import type { Page } from "@playwright/test";

// What the Portal specs share.

/** Fills the sign-in form on the page the browser is on, and submits it. */
export const signIn = async (page: Page, email: string, password: string) => {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
};

/** A full-page screenshot in e2e/screenshots, from the top (a scrolled page draws the sticky header mid-shot). */
export const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
};
