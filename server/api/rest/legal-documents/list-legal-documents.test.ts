import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v2/legal-documents/route";
import { db } from "@/server/db";
import { SYSTEM } from "@/server/services/actor";
import { createLegalDocument } from "@/server/services/legal-documents/create-legal-document";
import { createTestBusiness, type TestBusiness } from "@/server/testing/factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let tenant: Tenant;
const TOTAL = 23;

/** Follows nextCursor to the end and returns every id in the order served. */
const walk = async (limit: number) => {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages += 1) {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const page = await callApi(GET, `/legal-documents${query}`, { key: tenant.apiKey });
    expect(page.status).toBe(200);
    ids.push(...page.body.data.map((document: { id: string }) => document.id));
    expect(page.body.pagination.hasMore).toBe(page.body.pagination.nextCursor !== null);
    cursor = page.body.pagination.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("the cursor never ended");
};

beforeAll(async () => {
  tenant = await createTestBusiness({ name: "Pages Co", documents: false });
  for (let index = 0; index < TOTAL; index += 1) {
    await createLegalDocument({
      businessId: tenant.id,
      key: `doc-${String(index).padStart(2, "0")}`,
      title: `Doc ${index}`,
      content: `Content ${index}`,
      actor: SYSTEM,
    });
  }
});

describe("GET /legal-documents", () => {
  it("serves 20 newest first by default, without content", async () => {
    const page = await callApi(GET, "/legal-documents", { key: tenant.apiKey });
    expect(page.body.data).toHaveLength(20);
    expect(page.body.data[0]).toEqual({
      id: "doc-22",
      version: 1,
      title: "Doc 22",
      contentHash: expect.any(String),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(page.body.pagination.hasMore).toBe(true);
  });

  it.each([1, 7, 23, 100])("walks every document exactly once with limit=%i", async (limit) => {
    const ids = await walk(limit);
    const expected = Array.from({ length: TOTAL }, (_, index) => `doc-${String(TOTAL - 1 - index).padStart(2, "0")}`);
    expect(ids).toEqual(expected);
  });

  it("orders rows created in the same millisecond by id, still without duplicates or gaps", async () => {
    await db().legalDocument.updateMany({
      where: { businessId: tenant.id },
      data: { createdAt: new Date("2026-01-01T00:00:00.000Z") },
    });
    const ids = await walk(4);
    expect(new Set(ids).size).toBe(TOTAL);
    const internal = await db().legalDocument.findMany({
      where: { businessId: tenant.id },
      orderBy: { id: "desc" },
      select: { key: true },
    });
    expect(ids).toEqual(internal.map((document) => document.key));
  });

  it("answers 400 for a cursor it did not issue", async () => {
    for (const cursor of ["not-a-cursor", "%%%", Buffer.from('["yesterday","x"]').toString("base64url")]) {
      const response = await callApi(GET, `/legal-documents?cursor=${encodeURIComponent(cursor)}`, {
        key: tenant.apiKey,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("BAD_REQUEST");
    }
  });

  it.each(["0", "101", "ten", "2.5"])("answers 422 naming limit for limit=%s", async (limit) => {
    const response = await callApi(GET, `/legal-documents?limit=${limit}`, { key: tenant.apiKey });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([{ in: "query", field: "limit", message: expect.any(String) }]);
  });
});
