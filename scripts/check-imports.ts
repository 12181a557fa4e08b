// `npm run check:imports` (part of `npm test`): the house's import rules, on the static imports of
// app/, pages/, components/, server/ and inngest/ (tests aside), resolved to files whatever their style:
// - the layers (ARCHITECTURE.md): server/ never imports app/, pages/, components/ or inngest/; components/
//   takes only types from server/services; services never import server/api; contracts (the
//   shapes and words the browser shares with the services) import no server code but contracts,
//   i18n, the SMS number rules and Prisma's enums;
// - `import "server-only"` in every module that must never reach a browser (db, env, auth, services);
// - no import circles. Dynamic `import()` is not followed: that is how the job registry loads
//   handlers lazily, so the runner never imports the domain that imports the unit of work.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { layerProblem, mustBeServerOnly } from "./import-rules";

const ROOTS = ["app", "pages", "components", "server", "inngest"];
const SKIP = new Set(["generated", "node_modules", "testing"]);
const repo = process.cwd();

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (SKIP.has(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/-test-kit\.ts$/.test(name) ? [full] : [];
  });

const resolve = (from: string, specifier: string) => {
  const base = specifier.startsWith("@/")
    ? path.join(repo, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
};

type Edge = { to: string; typeOnly: boolean };

const isTypeOnly = (statement: ts.ImportDeclaration | ts.ExportDeclaration) => {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    !clause.name &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((element) => element.isTypeOnly)
  );
};

const parse = (file: string) => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const edges: Edge[] = [];
  let serverOnly = false;
  for (const statement of source.statements) {
    if (
      !(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) ||
      !statement.moduleSpecifier ||
      !ts.isStringLiteral(statement.moduleSpecifier)
    )
      continue;
    const specifier = statement.moduleSpecifier.text;
    if (specifier === "server-only") serverOnly = true;
    const to = resolve(file, specifier);
    if (to) edges.push({ to, typeOnly: isTypeOnly(statement) });
  }
  return { edges, serverOnly };
};

const rel = (file: string) => path.relative(repo, file);
const files = ROOTS.flatMap((root) => sourceFiles(path.resolve(root)));
const parsed = new Map(files.map((file) => [file, parse(file)]));
const problems: string[] = [];

for (const [file, { edges, serverOnly }] of parsed) {
  for (const edge of edges) {
    const problem = layerProblem(rel(file), rel(edge.to), edge.typeOnly);
    if (problem) problems.push(`${rel(file)} imports ${rel(edge.to)}: ${problem}`);
  }
  if (mustBeServerOnly(rel(file)) && !serverOnly)
    problems.push(`${rel(file)} must import "server-only": it must never reach a browser`);
}

const state = new Map<string, "visiting" | "done">();
const stack: string[] = [];
const visit = (file: string) => {
  state.set(file, "visiting");
  stack.push(file);
  for (const { to } of parsed.get(file)?.edges ?? []) {
    if (state.get(to) === "visiting")
      problems.push(`import cycle: ${[...stack.slice(stack.indexOf(to)), to].map(rel).join(" → ")}`);
    else if (!state.has(to) && parsed.has(to)) visit(to);
  }
  stack.pop();
  state.set(file, "done");
};
for (const file of files) if (!state.has(file)) visit(file);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`${problems.length} import rule${problems.length === 1 ? "" : "s"} broken`);
  process.exit(1);
}
console.log(`import rules hold in ${files.length} files of ${ROOTS.join(", ")}: layers, server-only, no cycles`);
