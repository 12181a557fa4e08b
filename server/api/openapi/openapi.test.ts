import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v2/openapi.json/route";
import type { RouteHandler } from "@/server/api/rest/with-api-key";
import { API_ROUTES } from "./api-routes";
import { checkOpenApiDocument } from "./check-openapi-document";
import { openApiDocument } from "./openapi-document";

const V2 = path.resolve("app/api/v2");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every route.ts under app/api/v2 with its OpenAPI path: `legal-documents/[id]` → `/legal-documents/{id}`. */
const routeFiles = (directory = V2): { file: string; path: string }[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const relative = path.relative(V2, directory).split(path.sep).join("/");
    return [{ file: full, path: `/${relative.replace(/\[([^\]]+)\]/g, "{$1}")}` }];
  });

const clone = () => JSON.parse(JSON.stringify(openApiDocument()));

describe("the OpenAPI document", () => {
  it("is a structurally valid OpenAPI 3.1 document", () => {
    const document = openApiDocument();
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(checkOpenApiDocument(document)).toEqual([]);
  });

  it("describes exactly the operations that app/api/v2 serves, with the handlers' own definitions", async () => {
    const served: string[] = [];
    for (const { file, path: apiPath } of routeFiles()) {
      if (apiPath === "/openapi.json") continue;
      const module = (await import(file)) as Record<string, RouteHandler>;
      for (const method of METHODS.filter((name) => name in module)) {
        const route = module[method]!.route;
        expect(route, `${method} ${apiPath} is not built with withApiKey`).toBeDefined();
        expect(API_ROUTES, `${method} ${apiPath} is missing from API_ROUTES`).toContain(route);
        expect(`${route.method} ${route.path}`).toBe(`${method} ${apiPath}`);
        served.push(`${method} ${apiPath}`);
      }
    }
    expect(served.sort()).toEqual(API_ROUTES.map((route) => `${route.method} ${route.path}`).sort());
    const documented = Object.entries(openApiDocument().paths).flatMap(([apiPath, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${apiPath}`),
    );
    expect(documented.sort()).toEqual(served.sort());
  });

  it("documents conventions: bearer auth, the error envelope, Idempotency-Key on POST, pagination", () => {
    const document = openApiDocument();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.schemas.Error).toMatchObject({ required: ["error"] });
    const create = document.paths["/legal-documents"]!.post as any;
    expect(create.parameters).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
    expect(create.requestBody.content["application/json"].schema.required).toEqual(["id", "title", "content"]);
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(["201", "400", "401", "409", "413", "422", "500"]),
    );
    const list = document.paths["/legal-documents"]!.get as any;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(["limit", "cursor"]);
    expect(document.components.schemas.LegalDocument).toMatchObject({
      properties: { createdAt: { type: "string", format: "date-time" } },
    });
    const get = document.paths["/legal-documents/{id}"]!.get as any;
    expect(get.parameters[0]).toMatchObject({
      name: "id",
      in: "path",
      required: true,
      schema: { pattern: expect.any(String) },
    });
  });

  it("is served at GET /api/v2/openapi.json without a key", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(openApiDocument());
  });
});

describe("checkOpenApiDocument", () => {
  it("finds broken references, missing responses, undeclared path parameters and a wrong version", () => {
    const document = clone();
    document.openapi = "3.0.3";
    document.paths["/legal-documents"].get.responses = {};
    document.paths["/legal-documents/{id}"].get.parameters = [];
    document.paths["/business"].get.responses["200"].content["application/json"].schema = {
      $ref: "#/components/schemas/Nope",
    };
    expect(checkOpenApiDocument(document)).toEqual([
      'openapi is "3.0.3", not 3.1.x',
      "GET /legal-documents: no responses",
      'GET /legal-documents/{id}: path parameter "id" is not declared as required',
      '$ref "#/components/schemas/Nope" does not resolve',
    ]);
  });
});
