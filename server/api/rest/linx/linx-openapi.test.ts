import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/server/api/openapi/openapi-document";

// The conventions, as a client generator sees them on the routes of the workflows issue.
const document = openApiDocument() as any;

describe("the OpenAPI document for workflows, templates and the read endpoints", () => {
  it("documents every route with Idempotency-Key on POSTs and 404 on {id} routes", () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as object).map(([method, operation]) => ({ path, method, operation })),
    );
    const mine = operations.filter(({ path }) => /^\/(linx|customers|financial-accounts|transactions)/.test(path));
    expect(mine).toHaveLength(18);
    for (const { path, method, operation } of mine) {
      if (method === "post")
        expect(operation.parameters, path).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
      if (path.includes("{id}")) expect(Object.keys(operation.responses), path).toContain("404");
    }
  });

  it("describes the create body with both ways to give the steps, and the passcode in the answer", () => {
    const create = document.paths["/linx/workflows"].post;
    const body = create.requestBody.content["application/json"].schema;
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(["title", "steps", "templateId", "phoneNumber", "amount", "authentication"]),
    );
    expect(body.properties.title.maxLength).toBe(200);
    expect(create.responses["201"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/CreatedWorkflow",
    });
    expect(document.components.schemas.CreatedWorkflow.properties.passcode).toBeDefined();
    expect(document.components.schemas.Workflow.properties).not.toHaveProperty("passcode");
  });

  it("has no field for a full account number anywhere", () => {
    const text = JSON.stringify(document);
    expect(text).not.toMatch(/encryptedNumber|accountNumber|cardNumber|cardExpiry/);
    expect(Object.keys(document.components.schemas.FinancialAccount.properties)).toContain("lastFour");
  });
});
