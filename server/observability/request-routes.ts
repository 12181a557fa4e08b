import { readFileSync } from "node:fs";
import path from "node:path";

// The route template a request path belongs to ("/l/[token]", "/api/v2/linx/workflows/[id]"), for
// the request log and the metrics' route label: never the raw path, which carries tokens and ids
// and would give a metric one series per link. Read from the build's routes manifest, the table
// Next matches requests with; anything else is one of a few fixed labels.

type Rewrite = { source: string; regex: string };
type Manifest = {
  staticRoutes?: Array<{ page: string }>;
  dynamicRoutes?: Array<{ page: string; regex: string }>;
  rewrites?: { afterFiles?: Rewrite[] } | Rewrite[];
};

export type RouteTable = { exact: Map<string, string>; dynamic: Array<{ page: string; regex: RegExp }> };

/** A rewrite's source as a page template: "/l/:token" is the page "/l/[token]" the customer sees. */
const rewritten = (rewrite: Rewrite) => ({
  page: rewrite.source.replace(/:(\w+)/g, "[$1]"),
  regex: new RegExp(rewrite.regex),
});

export const routeTableOf = (manifest: Manifest): RouteTable => ({
  exact: new Map((manifest.staticRoutes ?? []).map((route) => [route.page, route.page])),
  dynamic: [
    ...(manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) })),
    ...(Array.isArray(manifest.rewrites) ? manifest.rewrites : (manifest.rewrites?.afterFiles ?? [])).map(rewritten),
  ],
});

/** The built app's routes (.next/routes-manifest.json), or none (dev before the first build: every page is "unmatched"). */
export const loadRouteTable = (dir = process.cwd()): RouteTable => {
  try {
    return routeTableOf(JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")) as Manifest);
  } catch {
    return routeTableOf({});
  }
};

const MAX_PATH = 2048;

export const routeOf = (table: RouteTable, url: string | undefined): string => {
  const raw = (url ?? "/").slice(0, MAX_PATH);
  const query = raw.indexOf("?");
  let pathname = query === -1 ? raw : raw.slice(0, query);
  if (pathname.startsWith("/_next/")) {
    const part = pathname.split("/")[2];
    return part === "static" || part === "image" || part === "data" ? `/_next/${part}` : "/_next";
  }
  if (pathname.endsWith(".rsc")) pathname = pathname.slice(0, -4);
  if (pathname.length > 1 && pathname.endsWith("/")) pathname = pathname.slice(0, -1);
  const exact = table.exact.get(pathname);
  if (exact) return exact;
  for (const route of table.dynamic) if (route.regex.test(pathname)) return route.page;
  return "unmatched";
};
