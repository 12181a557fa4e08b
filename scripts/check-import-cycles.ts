// `npm run check:cycles` (part of `npm test`): fails when the static imports of server/ and inngest/
// form a circle. Dynamic `import()` is not followed: that is how the job registry loads handlers
// lazily, so the runner never imports the domain that imports the unit of work.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOTS = ["server", "inngest"];
const SKIP = new Set(["generated", "node_modules"]);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (SKIP.has(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });

const resolve = (from: string, specifier: string) => {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(existsSync);
};

/** Static imports only: `import … from`, `export … from`, and `import type` (a circle of types is a circle of concepts). */
const importsOf = (file: string) => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
      ? [resolve(file, statement.moduleSpecifier.text)].filter((found): found is string => Boolean(found))
      : [],
  );
};

const files = ROOTS.flatMap((root) => sourceFiles(path.resolve(root)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const cycles: string[][] = [];
const state = new Map<string, "visiting" | "done">();
const stack: string[] = [];
const visit = (file: string) => {
  state.set(file, "visiting");
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === "visiting") cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, "done");
};
for (const file of files) if (!state.has(file)) visit(file);

const relative = (file: string) => path.relative(process.cwd(), file);
if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map(relative).join(" → ")}`);
  process.exit(1);
}
console.log(`no import cycles in ${files.length} files of ${ROOTS.join(", ")}`);
