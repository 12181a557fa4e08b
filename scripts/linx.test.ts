import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "../server/db";
import { authenticateStaff } from "../server/services/staff/authenticate-staff";
import { runJob } from "../server/jobs/run-job";
import { useSmtpTestServer } from "../server/mail/testing/use-smtp-test-server";
import { acceptInvitationSignedIn, acceptInvitationWithPassword } from "../server/services/staff/accept-invitation";
import { uniqueSuffix } from "../server/testing/factories";

// `npm run linx` end to end: the command in a process of its own, on the test database (as an
// operator runs it on DATABASE_URL) and on an embedded database in a fresh data folder.

type Run = { code: number; stdout: string; stderr: string };

const linx = async (args: string[], env: Record<string, string | undefined> = {}): Promise<Run> => {
  const childEnv: Record<string, string | undefined> = { ...process.env, APP_URL: "https://linx.example.test", ...env };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/linx.ts", ...args],
      { env: childEnv as NodeJS.ProcessEnv, encoding: "utf8" },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

const linkToken = (stdout: string) => stdout.match(/https:\/\/linx\.example\.test\/invite\/([A-Za-z0-9_-]{43})/)?.[1];

const { smtp, useSmtp } = useSmtpTestServer();
const PASSWORD = { newPassword: "an owner's own password", confirmPassword: "an owner's own password" };

describe("npm run linx", () => {
  it("creates a business and invites its owner (emailed when SMTP is set, and printed), who joins by choosing a password; lists it; invites a second owner", async () => {
    useSmtp();
    const slug = `acme-${uniqueSuffix()}`;
    const email = `owner-${slug}@acme.test`;
    const created = await linx([
      "business",
      "create",
      "--name",
      "Acme",
      "--slug",
      slug,
      "--owner-email",
      email.toUpperCase(),
    ]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created business "Acme" (slug ${slug}`);
    expect(created.stdout).toContain(`Invitation emailed to ${email}.`);
    const token = linkToken(created.stdout);
    expect(token).toBeDefined();

    const business = await db().business.findUniqueOrThrow({
      where: { slug },
      select: { id: true, memberships: { select: { id: true } } },
    });
    // Nobody is attached before the invitation is accepted.
    expect(business.memberships).toEqual([]);
    const listedBefore = await linx(["business", "list"]);
    expect(listedBefore.stdout).toContain(`${slug}\t${business.id}\tAcme\towners: none\tinvited: ${email}`);
    // The server's runner sends the email the command queued: the same link arrives over SMTP.
    const emailRow = await db().email.findFirstOrThrow({
      where: { toAddress: email },
      select: { id: true, provider: true },
    });
    expect(emailRow.provider).toBe("smtp");
    await runJob({
      jobId: (await db().scheduledJob.findFirstOrThrow({ where: { subjectId: emailRow.id }, select: { id: true } })).id,
    });
    const mail = smtp().received.find((m) => JSON.stringify(m.to).includes(email))!;
    expect(mail.subject).toBe("You are invited to Acme on LinX");
    expect(mail.text).toContain(`https://linx.example.test/invite/${token}`);

    await acceptInvitationWithPassword({ token: token!, input: PASSWORD });
    expect(await authenticateStaff({ email, password: PASSWORD.newPassword })).toMatchObject({ email });
    await expect(acceptInvitationWithPassword({ token: token!, input: PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const listed = await linx(["business", "list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${slug}\t${business.id}\tAcme\towners: ${email}\n`);

    const second = `second-${slug}@acme.test`;
    const added = await linx(["owner", "add", "--business", business.id, "--email", second]);
    expect(added.code).toBe(0);
    expect(linkToken(added.stdout)).toBeDefined();
    const again = await linx(["owner", "add", "--business", slug, "--email", email]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`${email} is already a member of this business`);
    // Someone with an account accepts signed in.
    const other = await linx([
      "business",
      "create",
      "--name",
      "Other",
      "--slug",
      `other-${slug}`,
      "--owner-email",
      email,
    ]);
    expect(other.stdout).toContain("they sign in with their own LinX account and accept");
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await acceptInvitationSignedIn({ token: linkToken(other.stdout)!, userId: user.id });
    expect(await db().membership.count({ where: { userId: user.id, role: "OWNER" } })).toBe(2);
  }, 90_000);

  it.each([
    [
      ["business", "create", "--name", "Acme", "--owner-email", "not-an-email"],
      1,
      /^--owner-email must be an email address$/,
    ],
    [["business", "create", "--owner-email", "a@acme.test"], 2, /^--name is required/],
    [
      ["business", "create", "--name", "Acme", "--slug", "Bad Slug!", "--owner-email", "a@acme.test"],
      1,
      /^--slug must be 1 to 48 lowercase letters/,
    ],
    [
      ["owner", "add", "--business", "no-such-business", "--email", "a@acme.test"],
      1,
      /^No business has the slug or id "no-such-business"/,
    ],
    [["business", "delete"], 2, /^usage: npm run linx/],
    [["business", "list", "--colour"], 2, /^Unknown option '--colour'/],
  ])("refuses %j with one line and exit code %i", async (args, code, message) => {
    const run = await linx(args);
    expect(run.code).toBe(code);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a slug already taken, changing nothing", async () => {
    const slug = `taken-${uniqueSuffix()}`;
    expect(
      (await linx(["business", "create", "--name", "First", "--slug", slug, "--owner-email", `a-${slug}@acme.test`]))
        .code,
    ).toBe(0);
    const twice = await linx([
      "business",
      "create",
      "--name",
      "Second",
      "--slug",
      slug,
      "--owner-email",
      `b-${slug}@acme.test`,
    ]);
    expect(twice).toMatchObject({
      code: 1,
      stderr: `A business with slug "${slug}" already exists; choose another with --slug\n`,
    });
    expect(await db().user.count({ where: { email: `b-${slug}@acme.test` } })).toBe(0);
  });

  it("works on the embedded database when DATABASE_URL is unset", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "linx-cli-"));
    try {
      const embedded = {
        DATABASE_URL: undefined,
        AUTH_SECRET: undefined,
        ENCRYPTION_KEY: undefined,
        LINX_DEV_INBOX: undefined,
        DATABASE_POOL_MAX: undefined,
        LINX_DATA_DIR: dataDir,
      };
      const created = await linx(
        ["business", "create", "--name", "Café Olé", "--owner-email", "owner@cafe.test"],
        embedded,
      );
      expect(created.stderr).toBe("");
      expect(created.stdout).toContain('Created business "Café Olé" (slug cafe-ole');
      expect(linkToken(created.stdout)).toBeDefined();
      const listed = await linx(["business", "list"], embedded);
      expect(listed.stdout).toMatch(/^cafe-ole\t\w+\tCafé Olé\towners: none\tinvited: owner@cafe\.test$/m);
      expect(created.stdout).toContain("kept in the local mail inbox");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
