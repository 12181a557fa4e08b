// The layers' import rules (ARCHITECTURE.md, "The house's rules"), on repository-relative paths;
// scripts/check-imports.ts applies them to every static import it resolves.

const under = (file: string, ...folders: string[]) =>
  folders.some((folder) => file.startsWith(`${folder}/`) || file === folder);

const CONTRACT_MAY_IMPORT = [
  "server/contracts",
  "server/i18n",
  "server/sms/phone-number.ts",
  "server/sms/sms-segments.ts",
  "server/mail/email-address.ts",
  "server/generated",
];

/** Why `from` may not import `to`, or undefined when it may. */
export const layerProblem = (from: string, to: string, typeOnly: boolean) => {
  if (under(from, "server") && under(to, "app", "pages", "components", "inngest"))
    return "server/ never imports app/, pages/, components/ or inngest/";
  if (
    under(from, "components") &&
    under(to, "server/services", "server/db", "server/db.ts", "server/env.ts") &&
    !typeOnly
  )
    return "components/ takes only types from server/services, db and env";
  if (under(from, "server/services") && under(to, "server/api")) return "services never import server/api";
  if (under(from, "server/contracts") && !typeOnly && !CONTRACT_MAY_IMPORT.some((allowed) => under(to, allowed)))
    return `contracts import only ${CONTRACT_MAY_IMPORT.join(", ")}`;
  return undefined;
};

/** The modules that must never reach a browser, so must import "server-only". */
export const mustBeServerOnly = (file: string) =>
  under(file, "server/services", "server/db", "server/db.ts", "server/env.ts", "server/auth");
