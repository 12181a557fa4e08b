import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v2/linx/workflows/route";
import { db } from "@/server/db";
import { SYSTEM } from "@/server/services/actor";
import { createWorkflowFromTemplate } from "@/server/services/templates/create-workflow-from-template";
import { cancelWorkflow } from "@/server/services/workflows/cancel-workflow";
import {
  createTestBusiness,
  createTestWorkflow,
  fullSteps,
  randomPhone,
  type TestBusiness,
} from "@/server/testing/factories";
import { createTestTemplate } from "@/server/testing/rest-factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let tenant: Tenant;
let other: Tenant;
const TOTAL = 7;
const ids: string[] = [];

const list = (query = "", key = tenant.apiKey) => callApi(GET, `/linx/workflows${query}`, { key });
const listedIds = async (query: string) => {
  const response = await list(query);
  expect(response.status).toBe(200);
  return response.body.data.map((workflow: { id: string }) => workflow.id);
};

beforeAll(async () => {
  tenant = await createTestBusiness({ name: "Listing Co" });
  other = await createTestBusiness({ name: "Other Listing Co" });
  for (let index = 0; index < TOTAL; index += 1) {
    const { workflow } = await createTestWorkflow(tenant.id, {
      title: `Invoice ${index}`,
      steps: fullSteps(`+1415555${String(1000 + index)}`),
    });
    ids.unshift(workflow.id);
  }
  await createTestWorkflow(other.id, { title: "Invoice elsewhere" });
  // Spread the creation times one day apart, newest first in `ids`.
  for (const [index, id] of ids.entries()) {
    await db().workflow.update({ where: { id }, data: { createdAt: new Date(Date.UTC(2026, 0, 20 - index, 12)) } });
  }
});

describe("GET /linx/workflows", () => {
  it("serves only the business's workflows, newest first", async () => {
    expect(await listedIds("")).toEqual(ids);
    expect((await list("", other.apiKey)).body.data.map((workflow: { title: string }) => workflow.title)).toEqual([
      "Invoice elsewhere",
    ]);
  });

  it("walks every workflow once with the cursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response = await list(`?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...response.body.data.map((workflow: { id: string }) => workflow.id));
      expect(response.body.pagination.hasMore).toBe(response.body.pagination.nextCursor !== null);
      cursor = response.body.pagination.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(ids);
  });

  it("filters by status, search and creation time", async () => {
    await cancelWorkflow({ businessId: tenant.id, workflowId: ids[2]!, actor: SYSTEM });
    expect(await listedIds("?status=CANCELLED")).toEqual([ids[2]]);
    expect(await listedIds("?status=ACTIVE")).toEqual(ids.filter((_, index) => index !== 2));
    expect(await listedIds("?search=invoice%203")).toEqual([ids[3]]);
    expect(await listedIds("?search=555-1005")).toEqual([ids[1]]);
    expect(await listedIds(`?search=${ids[4]}`)).toEqual([ids[4]]);
    expect(await listedIds("?createdFrom=2026-01-18&createdTo=2026-01-20")).toEqual([ids[1], ids[2]]);
    expect(await listedIds("?createdFrom=2026-01-19T12:00:00.000Z")).toEqual([ids[0], ids[1]]);
    expect(await listedIds("?createdTo=2026-01-15T11:30:00-01:00")).toEqual([ids[5], ids[6]]);
  });

  it("filters by template, across its versions", async () => {
    const template = await createTestTemplate(tenant.id);
    const { workflow } = await createWorkflowFromTemplate({
      businessId: tenant.id,
      actor: SYSTEM,
      templateId: template.id,
      recipient: { phoneNumber: randomPhone() },
    });
    expect(await listedIds(`?templateId=${template.id}`)).toEqual([workflow.id]);
    expect(await listedIds("?templateId=no-such-template")).toEqual([]);
  });

  it.each([
    ["status=DONE", "status"],
    ["createdFrom=yesterday", "createdFrom"],
    ["createdTo=2026-02-30", "createdTo"],
    [`search=${"s".repeat(201)}`, "search"],
    ["limit=0", "limit"],
  ])("answers 422 naming the parameter for ?%s", async (query, field) => {
    const response = await list(`?${query}`);
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([{ in: "query", field, message: expect.any(String) }]);
  });

  it("answers 400 for a cursor it did not issue", async () => {
    expect((await list("?cursor=not-a-cursor")).status).toBe(400);
  });
});
