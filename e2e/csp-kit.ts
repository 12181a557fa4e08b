import { expect, type Page } from "@playwright/test";

// The browser reports a blocked script or style in the console ("Refused to … because it violates
// the following Content Security Policy directive") and as a securitypolicyviolation event.

/** Starts collecting CSP violations on `page`; read the array after the page has loaded. */
export const watchCspViolations = async (page: Page) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  return violations;
};

/** Next's client scripts ran (they set window.next), so none of them was blocked. */
export const expectHydrated = async (page: Page) => {
  await expect
    .poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)))
    .toBe(true);
};
