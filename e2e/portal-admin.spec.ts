import { type Browser, expect, type Page, test } from "@playwright/test";
import { acceptInvitation, emailedLink, inviteMember, readSecretOnce, shoot, signInTo } from "./portal-kit";

// The administration areas, clicked through as the demo owner, then checked as a viewer the owner
// invites. One file, run in order: later steps use what earlier ones made.
test.describe.configure({ mode: "serial" });

const nav = (page: Page, label: string) =>
  page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: label, exact: true });

const tag = Date.now().toString(36);
const viewer = { name: `Vera Viewer ${tag}`, email: `vera-${tag}@demo.test`, password: `vera's own password ${tag}` };

let owner: Page;
let browser_: Browser;

test.beforeAll(async ({ browser }) => {
  browser_ = browser;
  owner = await browser.newPage();
  await signInTo(owner, "/portal");
});

test.afterAll(async () => {
  await owner.close();
});

test("[PORTAL_ADMIN] an API key is shown once, then revoked, and stops working", async ({ request }) => {
  await nav(owner, "API keys").click();
  await expect(owner.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await owner.getByRole("button", { name: "Create API key" }).click();
  const dialog = owner.getByRole("dialog", { name: "Create an API key" });
  await dialog.getByLabel("Name").fill(`E2E backend ${tag}`);
  await dialog.getByText("Live", { exact: true }).click();
  await dialog.getByRole("button", { name: "Create key" }).click();

  const shown = owner.getByRole("dialog", { name: "Your new live key" });
  const key = await readSecretOnce(shown);
  expect(key).toMatch(/^lx_live_[A-Za-z0-9_-]{43}$/);
  await expect(shown.getByRole("button", { name: "Copy api key" })).toBeVisible();
  await shoot(owner, "portal-api-key-created");
  expect((await request.get("/api/v2/business", { headers: { Authorization: `Bearer ${key}` } })).status()).toBe(200);
  await shown.getByRole("button", { name: "Done" }).click();
  await expect(owner.getByRole("dialog")).toHaveCount(0);
  // Shown once: the page now has only the prefix and last four characters.
  await expect(owner.getByText(key)).toHaveCount(0);
  const row = owner.getByRole("row", { name: new RegExp(`E2E backend ${tag}`) });
  await expect(row).toContainText(`lx_live_…${key.slice(-4)}`);
  await shoot(owner, "portal-api-keys");

  await row.getByRole("button", { name: `Revoke E2E backend ${tag}` }).click();
  const confirm = owner.getByRole("dialog", { name: `Revoke “E2E backend ${tag}”?` });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  expect((await request.get("/api/v2/business", { headers: { Authorization: `Bearer ${key}` } })).status()).toBe(401);
});

test("[PORTAL_ADMIN] an owner invites a member by email, resends and revokes invitations, and changes the member's role once they join", async () => {
  test.setTimeout(90_000);
  await nav(owner, "Team").click();
  await owner.getByRole("button", { name: "Invite member" }).click();
  const dialog = owner.getByRole("dialog", { name: "Invite a team member" });
  await dialog.getByLabel("Email").fill("not an email");
  await expect(dialog.getByText("Enter a valid email address")).toBeVisible();
  await dialog.getByLabel("Name").fill(viewer.name);
  await dialog.getByLabel("Email").fill(viewer.email);
  await dialog.getByLabel("Role").selectOption("OPERATOR");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  const shown = owner.getByRole("dialog", { name: `Invitation sent to ${viewer.name}` });
  await expect(shown).toContainText("chooses its own password");
  await shown.getByRole("button", { name: "Done" }).click();

  // Pending until accepted: resend (a new link; the old one stops working), or revoke.
  const pending = owner.getByRole("table", { name: /Pending invitations/ });
  await expect(pending.getByRole("row", { name: new RegExp(viewer.email) })).toBeVisible();
  const first = await emailedLink(owner.request, viewer.email, "/invite");
  await owner.getByRole("button", { name: `Resend the invitation to ${viewer.email}` }).click();
  await expect(
    owner.getByText(`Sent a new invitation to ${viewer.email}; the earlier link no longer works.`),
  ).toBeVisible();
  await expect.poll(() => emailedLink(owner.request, viewer.email, "/invite")).not.toBe(first);
  const stranger = `stan-${tag}@demo.test`;
  await inviteMember(owner, "Stan Stranger", stranger);
  await owner.getByRole("button", { name: `Revoke the invitation to ${stranger}` }).click();
  await owner
    .getByRole("dialog", { name: `Revoke the invitation to ${stranger}?` })
    .getByRole("button", { name: "Revoke invitation" })
    .click();
  await expect(pending.getByRole("row", { name: new RegExp(stranger) })).toHaveCount(0);
  await shoot(owner, "portal-team-invitations");

  const joining = await (await browser_.newContext()).newPage();
  await joining.goto(first);
  await expect(joining.getByRole("heading", { level: 1, name: "This invitation no longer works" })).toBeVisible();
  await acceptInvitation(joining, viewer.email, viewer.password);
  await joining.context().close();
  await owner.reload();

  const role = owner.getByLabel(`Role of ${viewer.name}`);
  await expect(role).toHaveValue("OPERATOR");
  await role.selectOption("VIEWER");
  await expect(owner.getByRole("row", { name: new RegExp(viewer.name) }).getByRole("status")).toHaveText("Saved");
  await expect(role).toHaveValue("VIEWER");
  // The only owner cannot be demoted or removed: no controls on that row.
  await expect(owner.getByLabel("Role of Demo Owner")).toHaveCount(0);
  await shoot(owner, "portal-team");
});

test("[PORTAL_ADMIN] a viewer sees no actions, and the server refuses them anyway", async () => {
  // Sign-in, then every refusal: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const context = await browser_.newContext();
  const page = await context.newPage();
  await signInTo(page, "/portal", { email: viewer.email, password: viewer.password });
  await expect(nav(page, "API keys")).toHaveCount(0);
  await expect(nav(page, "Audit log")).toHaveCount(0);
  await page.goto("/portal/api-keys");
  await expect(page).toHaveURL(/\/portal\/no-access\?need=ADMIN$/);

  await page.goto("/portal/team");
  await expect(page.getByRole("rowheader", { name: /Demo Owner/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Invite member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await shoot(page, "portal-team-viewer");

  await page.goto("/portal/settings");
  await expect(page.getByLabel("Links expire after (hours)")).toBeDisabled();
  await expect(page.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await page.goto("/portal/templates");
  await expect(page.getByRole("link", { name: "New template" })).toHaveCount(0);
  await page.goto("/portal/templates/new");
  await expect(page).toHaveURL(/\/portal\/no-access\?need=ADMIN$/);
  expect((await page.request.get("/portal/audit-log/export")).status()).toBe(403);

  // Straight at tRPC with the viewer's own session: every change is FORBIDDEN.
  const mine = await (await page.request.get("/api/trpc/business.listMine")).json();
  const businessId = mine.result.data[0].businessId as string;
  const call = (path: string, input: object) =>
    page.request.post(`/api/trpc/${path}`, { data: { businessId, ...input } });
  for (const [path, input] of [
    ["apiKeys.create", { name: "viewer key", mode: "LIVE" }],
    ["team.invite", { name: "Mallory", email: `mallory-${tag}@demo.test`, role: "OWNER" }],
    [
      "settings.update",
      {
        smsSenderName: null,
        defaultExpireInHours: 1,
        reminderFirstAfterHours: 1,
        reminderEveryHours: 1,
        reminderBeforeExpiryHours: 0,
      },
    ],
    ["legalDocuments.addVersion", { key: "terms-of-service", title: "Mine", content: "now" }],
  ] as const) {
    const response = await call(path, input);
    expect(response.status(), path).toBe(403);
    expect((await response.json()).error.data.code).toBe("FORBIDDEN");
  }
  await context.close();
});

test("[PORTAL_ADMIN] an owner changes the link lifetime and reminder schedule", async () => {
  await nav(owner, "Settings").click();
  const expiry = owner.getByLabel("Links expire after (hours)");
  await expiry.fill("0");
  await expect(owner.getByText("The link lifetime must be at least 1 hour")).toBeVisible();
  await expiry.fill("168");
  await expect(owner.getByText(/\(7 days\)/)).toBeVisible();
  await owner.getByLabel("Then remind every (hours)").fill("48");
  await owner.getByRole("button", { name: "Save messages and reminders" }).click();
  await expect(owner.getByText("Saved. Texts sent from now on use these settings")).toBeVisible();
  await owner.reload();
  await expect(owner.getByLabel("Links expire after (hours)")).toHaveValue("168");
  await shoot(owner, "portal-settings");
});

test("[PORTAL_ADMIN] an owner creates a template, then edits it into version 2", async () => {
  await nav(owner, "Templates").click();
  await expect(owner.getByRole("heading", { level: 1, name: "Templates" })).toBeVisible();
  await owner.getByRole("link", { name: "New template" }).click();
  await owner.getByLabel("Template name").fill(`Rent ${tag}`);
  await owner.getByLabel("Title", { exact: true }).fill("Rent for May");
  await owner.getByLabel("Introductory message (optional)").fill("Your rent is due");
  await owner.getByRole("radio", { name: "Add a new account" }).check();
  await owner.getByLabel(/Terms of Service/).check();
  await owner.getByRole("checkbox", { name: "Move money" }).check();
  await owner.getByLabel("Amount (USD)").fill("12.345");
  await expect(owner.getByText(/at most two decimals/)).toBeVisible();
  await owner.getByLabel("Amount (USD)").fill("950.00");
  await shoot(owner, "portal-template-new");
  await owner.getByRole("button", { name: "Create template" }).click();

  await expect(owner.getByRole("heading", { level: 1, name: `Rent ${tag}` })).toBeVisible();
  await expect(owner.getByText("Collects 950.00 USD by ACH")).toBeVisible();
  await owner.getByRole("link", { name: "Edit" }).click();
  await expect(owner.getByLabel("Title", { exact: true })).toHaveValue("Rent for May");
  await owner.getByLabel("Title", { exact: true }).fill("Rent for June");
  await owner.getByRole("button", { name: "Save as version 2" }).click();

  await expect(owner).toHaveURL(/\/portal\/templates\/[a-z0-9]+$/);
  const history = owner.getByRole("table", { name: "Versions of this template" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row", { name: /v2 \(current\) Rent for June/ })).toBeVisible();
  await expect(history.getByRole("row", { name: /v1 Rent for May/ })).toBeVisible();
  await shoot(owner, "portal-template");
  await nav(owner, "Templates").click();
  await expect(owner.getByRole("row", { name: new RegExp(`Rent ${tag}.*Rent for June.*v2`) })).toBeVisible();
  await shoot(owner, "portal-templates");
});

test("[PORTAL_ADMIN] a legal document is created, then gets a new version, shown as the customer reads it", async () => {
  // Its own document: the Gateway specs accept the seeded ones in parallel, and a new version of
  // those while a customer reads them is (rightly) refused as "changed while you were reading".
  const key = `e2e-terms-${tag}`;
  await nav(owner, "Legal documents").click();
  await expect(owner.getByRole("heading", { level: 1, name: "Legal documents" })).toBeVisible();
  await owner.getByRole("button", { name: "New document" }).click();
  await owner.getByLabel("Document id").fill(key);
  await owner.getByLabel("Title").fill(`Card terms ${tag}`);
  await owner.getByLabel("Text", { exact: true }).fill("These terms govern the use of your card.");
  await owner.getByRole("button", { name: "Create document" }).click();
  await expect(owner).toHaveURL(new RegExp(`/portal/legal-documents/${key}$`));
  await expect(owner.getByRole("region", { name: `Card terms ${tag}, full text` })).toContainText("These terms govern");
  await owner.getByRole("button", { name: "Add a version" }).click();
  await owner.getByLabel("Text", { exact: true }).fill(`These terms govern the use of your card, revised ${tag}.`);
  await owner.getByRole("button", { name: "Save version 2" }).click();
  await expect(owner.getByText("Version 2 is now current")).toBeVisible();
  await expect(owner.getByRole("region", { name: `Card terms ${tag}, full text` }).first()).toContainText(
    `revised ${tag}`,
  );
  await shoot(owner, "portal-legal-document");
  await nav(owner, "Legal documents").click();
  await expect(owner.getByRole("row", { name: new RegExp(`Card terms ${tag}.*${key}`) })).toBeVisible();
  await shoot(owner, "portal-legal-documents");
});

test("[PORTAL_ADMIN] the audit log shows who did what, filters, and exports CSV", async () => {
  // Filter first: other specs write hundreds of entries meanwhile, so the first page proves nothing.
  await nav(owner, "Audit log").click();
  await owner.getByLabel("Action").fill("team.role-changed");
  await owner.getByRole("button", { name: "Apply" }).click();
  await expect(owner.getByRole("cell", { name: "team.role-changed" }).first()).toBeVisible();
  await owner.getByLabel("Action").fill("api-key.revoked");
  await owner.getByRole("button", { name: "Apply" }).click();
  await expect(owner).toHaveURL(/action=api-key.revoked/);
  const rows = owner.getByRole("table", { name: /Audit log entries/ }).getByRole("row");
  await expect(rows.nth(1)).toContainText("Demo Owner");
  await expect(rows.filter({ hasNotText: "api-key.revoked" })).toHaveCount(1); // the header row
  await shoot(owner, "portal-audit-log");
  const href = await owner.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await owner.request.get(href ?? "");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines[0]).toBe("time_utc,actor_type,actor_id,actor,action,target_type,target_id,ip_address,details");
  expect(lines.slice(1).every((line) => line.includes(",api-key.revoked,"))).toBe(true);
});

test("[PORTAL_ADMIN] the owner removes the invited member after confirming", async () => {
  await nav(owner, "Team").click();
  await owner.getByRole("button", { name: `Remove ${viewer.name}` }).click();
  await owner.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
  await expect(owner.getByRole("rowheader", { name: viewer.name })).toHaveCount(0);
});
