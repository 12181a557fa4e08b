import { type Browser, expect, test } from "@playwright/test";
import { DEMO_OWNER } from "./demo-credentials";
import { acceptInvitation, inviteMember, signInTo, signOut } from "./portal-kit";

// Signing out ends that session on the server: a copy of its cookie signs no one in, and the
// same user's other sessions go on. A fresh member, not the demo owner, whom other specs (and the
// other worker) keep signed in.

const tag = Date.now().toString(36);
const member = { name: `Sol Signout ${tag}`, email: `sol-${tag}@demo.test`, password: `sol chose this ${tag}` };

const newPage = async (browser: Browser) => (await browser.newContext()).newPage();

test("[PORTAL_SIGN_OUT] signing out ends that session, a copy of its cookie included, and not the member's other session", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const owner = await newPage(browser);
  await signInTo(owner, "/portal", DEMO_OWNER);
  await inviteMember(owner, member.name, member.email);
  await owner.context().close();

  const here = await newPage(browser);
  await acceptInvitation(here, member.email, member.password);
  const elsewhere = await newPage(browser);
  await signInTo(elsewhere, "/portal", { email: member.email, password: member.password });

  // What someone who copied this browser's cookie would hold.
  const copied = await here.context().storageState();
  expect(copied.cookies.some((cookie) => cookie.name.includes("session-token"))).toBe(true);
  await signOut(here);
  await expect(here).toHaveURL(/\/sign-in\?signedOut=1$/);

  // The member's other session goes on.
  await elsewhere.goto("/portal/team");
  await expect(elsewhere.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  expect((await elsewhere.request.get("/api/trpc/business.listMine")).status()).toBe(200);

  // The copied cookie, replayed in a new browser, is sent to sign-in and tRPC refuses it.
  const replay = await (await browser.newContext({ storageState: copied })).newPage();
  await replay.goto("/portal/team");
  await expect(replay).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal%2Fteam$/);
  await expect(replay.getByRole("heading", { name: "Sign in to the Portal" })).toBeVisible();
  expect((await replay.request.get("/api/trpc/business.listMine")).status()).toBe(401);

  await Promise.all([here, elsewhere, replay].map((page) => page.context().close()));
});
