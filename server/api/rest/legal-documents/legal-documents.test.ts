import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/legal-documents/route";
import * as item from "@/app/api/v2/legal-documents/[id]/route";
import * as versions from "@/app/api/v2/legal-documents/[id]/versions/route";
import { sha256Hex } from "@/server/auth/tokens";
import { db } from "@/server/db";
import { createTestBusiness, type TestBusiness } from "@/server/testing/factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;

const create = (tenant: Tenant, body: unknown, headers: Record<string, string> = {}) =>
  callApi(collection.POST, "/legal-documents", { method: "POST", key: tenant.apiKey, body, headers });
const get = (tenant: Tenant, id: string) =>
  callApi(item.GET, `/legal-documents/${id}`, { key: tenant.apiKey, params: { id } });
const addVersion = (tenant: Tenant, id: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi(versions.POST, `/legal-documents/${id}/versions`, {
    method: "POST",
    key: tenant.apiKey,
    body,
    params: { id },
    headers,
  });

beforeAll(async () => {
  a = await createTestBusiness({ name: "Documents A", documents: false });
  b = await createTestBusiness({ name: "Documents B", documents: false });
});

describe("POST /legal-documents", () => {
  it("creates version 1 and answers exactly the DTO", async () => {
    const response = await create(a, { id: "terms", title: "Terms", content: "Be nice." });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: "terms",
      version: 1,
      title: "Terms",
      content: "Be nice.",
      contentHash: sha256Hex("Be nice."),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      updatedAt: expect.any(String),
    });
    const audit = await db().auditLog.findFirst({
      where: { businessId: a.id, action: "legal-document.created" },
      select: { actorType: true, actorId: true },
    });
    expect(audit).toEqual({ actorType: "API_KEY", actorId: a.apiKeyId });
  });

  it("answers 409 for an id already in use", async () => {
    await create(a, { id: "dup", title: "One", content: "1" });
    const again = await create(a, { id: "dup", title: "Two", content: "2" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CONFLICT");
  });

  it("answers 422 naming each invalid field", async () => {
    const response = await create(a, { id: "Not Valid", title: "x".repeat(201), content: 5 });
    expect(response.status).toBe(422);
    expect(response.body.error.details.map((detail: { field: string }) => detail.field)).toEqual([
      "id",
      "title",
      "content",
    ]);
  });

  it("replays a retry with the same Idempotency-Key instead of answering 409", async () => {
    const headers = { "idempotency-key": "create-privacy" };
    const first = await create(a, { id: "privacy", title: "Privacy", content: "We care." }, headers);
    const retry = await create(a, { id: "privacy", title: "Privacy", content: "We care." }, headers);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
  });
});

describe("GET /legal-documents/{id} and POST /legal-documents/{id}/versions", () => {
  it("publishes new versions and serves the current one", async () => {
    await create(a, { id: "refunds", title: "Refunds v1", content: "No refunds." });
    const v2 = await addVersion(a, "refunds", { title: "Refunds v2", content: "Refunds within 30 days." });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({
      id: "refunds",
      version: 2,
      title: "Refunds v2",
      contentHash: sha256Hex("Refunds within 30 days."),
    });
    const current = await get(a, "refunds");
    expect(current.body).toEqual(v2.body);
    expect(
      (await addVersion(a, "refunds", { title: "Refunds v3", content: "Refunds within 60 days." })).body.version,
    ).toBe(3);
  });

  it("creates a version once per Idempotency-Key", async () => {
    await create(a, { id: "cookies", title: "Cookies", content: "We use some." });
    const headers = { "idempotency-key": "cookies-v2" };
    const body = { title: "Cookies", content: "We use fewer." };
    const first = await addVersion(a, "cookies", body, headers);
    const retry = await addVersion(a, "cookies", body, headers);
    expect(retry.body).toEqual(first.body);
    expect((await get(a, "cookies")).body.version).toBe(2);
  });

  it("answers 404 for an unknown id and for an id that cannot exist", async () => {
    expect((await get(a, "nothing-here")).status).toBe(404);
    expect((await get(a, "Not Valid")).status).toBe(404);
    expect((await addVersion(a, "nothing-here", { title: "T", content: "C" })).status).toBe(404);
  });
});

describe("tenant isolation", () => {
  it("answers another business's documents exactly like documents that do not exist", async () => {
    await create(a, { id: "a-secret", title: "A only", content: "Secret." });
    const theirs = await get(b, "a-secret");
    const missing = await get(b, "never-created");
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe(missing.body.error.code);
    expect((await addVersion(b, "a-secret", { title: "Hijack", content: "Mine now." })).status).toBe(404);
    expect((await get(a, "a-secret")).body).toMatchObject({ version: 1, title: "A only" });
  });

  it("lets each business use the same id for its own document, and lists only its own", async () => {
    expect((await create(b, { id: "terms", title: "B terms", content: "B." })).status).toBe(201);
    expect((await get(b, "terms")).body.title).toBe("B terms");
    expect((await get(a, "terms")).body.title).toBe("Terms");
    const listed = await callApi(collection.GET, "/legal-documents?limit=100", { key: b.apiKey });
    expect(listed.body.data.map((document: { id: string }) => document.id)).toEqual(["terms"]);
  });
});
