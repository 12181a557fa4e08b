import { describe, expect, it } from "vitest";
import { routeOf, routeTableOf } from "./request-routes";

const table = routeTableOf({
  staticRoutes: [{ page: "/" }, { page: "/portal/workflows" }],
  dynamicRoutes: [
    { page: "/api/trpc/[trpc]", regex: "^/api/trpc/([^/]+?)(?:/)?$" },
    { page: "/portal/workflows/[id]", regex: "^/portal/workflows/([^/]+?)(?:/)?$" },
  ],
  // As next.config.mjs writes the Gateway's: the page the customer sees, not the route that draws it.
  rewrites: {
    afterFiles: [{ source: "/l/:token", regex: "^/l(?:/([^/]+?))(?:/)?$" }],
  },
});

describe("routeOf", () => {
  it.each([
    ["/", "/"],
    ["/portal/workflows?page=2", "/portal/workflows"],
    ["/portal/workflows/", "/portal/workflows"],
    ["/portal/workflows/wf_1?_rsc=abc", "/portal/workflows/[id]"],
    ["/portal/workflows/wf_1.rsc", "/portal/workflows/[id]"],
    ["/api/trpc/workflows.list,workflows.count?batch=1", "/api/trpc/[trpc]"],
    ["/_next/static/chunks/app.js", "/_next/static"],
    ["/_next/image?url=x", "/_next/image"],
    ["/l/abc_DEF-123?decline=1", "/l/[token]"],
    ["/wp-login.php", "unmatched"],
    [undefined, "/"],
  ])("%s is %s", (url, route) => {
    expect(routeOf(table, url)).toBe(route);
  });
});
