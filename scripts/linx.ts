// npm run linx -- <command>: the operator's way in, on DATABASE_URL or on the embedded database.
//   business create --name "Acme" --owner-email a@acme.test [--owner-name "Ada"] [--slug acme]
//   business list
//   owner add --business <slug-or-id> --email b@acme.test [--name "Bo"]
// A thin adapter: it parses, calls one service in server/services/operator and prints the result.
// Bad input is one line on stderr and exit code 1 (2 for a command it does not know).
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { EnvError, parseEnv } from "../server/env";
import { isAppError } from "../server/errors";
import { openDatabase } from "../server/db/open-database";
import { migrate } from "../server/db/migrate";
import { databaseEnv } from "../server/db/database-env";

const USAGE =
  "usage: npm run linx -- business create --name NAME --owner-email EMAIL [--owner-name NAME] [--slug SLUG] | business list | owner add --business SLUG_OR_ID --email EMAIL [--name NAME]";

class UsageError extends Error {}

const options = {
  name: { type: "string" },
  slug: { type: "string" },
  "owner-email": { type: "string" },
  "owner-name": { type: "string" },
  business: { type: "string" },
  email: { type: "string" },
} as const;

const parse = (argv: string[]) => {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]} (${USAGE})`);
  }
};

const required = (value: string | undefined, flag: string) => {
  if (value === undefined) throw new UsageError(`--${flag} is required (${USAGE})`);
  return value;
};

/** One line for a refusal: the first zod issue with the flag it came from, or the service's message. */
const explain = (error: unknown): string | null => {
  const flags: Record<string, string> = {
    ownerEmail: "--owner-email",
    ownerName: "--owner-name",
    name: "--name",
    slug: "--slug",
    business: "--business",
    email: "--email",
  };
  if (error instanceof ZodError) {
    const issue = error.issues[0]!;
    const field = String(issue.path[0] ?? "");
    return `${flags[field] ?? field} ${issue.message}`;
  }
  if (error instanceof EnvError) return error.message;
  if (isAppError(error)) return error.message;
  return null;
};

const run = async (positionals: string[], values: ReturnType<typeof parse>["values"], appUrl: string) => {
  const [noun, verb] = positionals;
  const invitationLines = (owner: { email: string; hasAccount: boolean; invitationUrl: string; emailed: boolean }) =>
    [
      owner.emailed
        ? `Invitation emailed to ${owner.email}.`
        : `Invitation for ${owner.email} kept in the local mail inbox (${appUrl}/dev/mail): no SMTP_URL is set.`,
      `Invitation link (works once, for 7 days; ${owner.hasAccount ? "they sign in with their own LinX account and accept" : "they choose their password there"}):`,
      owner.invitationUrl,
    ].join("\n");

  if (noun === "business" && verb === "create") {
    const { createBusinessWithOwner } = await import("../server/services/operator/create-business-with-owner");
    const { business, owner } = await createBusinessWithOwner({
      name: required(values.name, "name"),
      ownerEmail: required(values["owner-email"], "owner-email"),
      ...(values.slug !== undefined ? { slug: values.slug } : {}),
      ...(values["owner-name"] !== undefined ? { ownerName: values["owner-name"] } : {}),
    });
    console.log(
      `Created business "${business.name}" (slug ${business.slug}, id ${business.id}); ${owner.email} is invited as its owner.`,
    );
    console.log(invitationLines(owner));
    return;
  }
  if (noun === "business" && verb === "list") {
    const { listBusinesses } = await import("../server/services/operator/list-businesses");
    const businesses = await listBusinesses();
    if (businesses.length === 0)
      console.log("No businesses yet. Create one: npm run linx -- business create --name NAME --owner-email EMAIL");
    for (const b of businesses) {
      const invited = b.invitedOwners.length > 0 ? `\tinvited: ${b.invitedOwners.join(", ")}` : "";
      console.log(`${b.slug}\t${b.id}\t${b.name}\towners: ${b.owners.join(", ") || "none"}${invited}`);
    }
    return;
  }
  if (noun === "owner" && verb === "add") {
    const { addBusinessOwner } = await import("../server/services/operator/add-business-owner");
    const { business, owner } = await addBusinessOwner({
      business: required(values.business, "business"),
      email: required(values.email, "email"),
      ...(values.name !== undefined ? { name: values.name } : {}),
    });
    console.log(`${owner.email} is invited as an owner of "${business.name}" (${business.slug}).`);
    console.log(invitationLines(owner));
    return;
  }
  throw new UsageError(USAGE);
};

const main = async () => {
  const { positionals, values } = parse(process.argv.slice(2));
  // Checked before the database opens: a typo never starts the embedded database.
  if (
    !["business create", "business list", "owner add"].includes(positionals.slice(0, 2).join(" ")) ||
    positionals.length > 2
  )
    throw new UsageError(USAGE);
  const config = parseEnv(process.env);
  const database = await openDatabase(config);
  try {
    Object.assign(process.env, databaseEnv(config, database));
    // The embedded database is this machine's own: bring it up to date as npm start would.
    if (database.embedded) await migrate(database.url);
    await run(positionals, values, config.APP_URL);
    const { db } = await import("../server/db");
    await db().$disconnect();
  } finally {
    await database.close();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(explain(error) ?? `linx failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
