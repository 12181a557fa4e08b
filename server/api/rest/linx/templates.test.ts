import { beforeAll, describe, expect, it } from "vitest";
import * as workflows from "@/app/api/v2/linx/workflows/route";
import * as collection from "@/app/api/v2/linx/templates/route";
import * as item from "@/app/api/v2/linx/templates/[id]/route";
import * as versions from "@/app/api/v2/linx/templates/[id]/versions/route";
import * as archive from "@/app/api/v2/linx/templates/[id]/archive/route";
import { db } from "@/server/db";
import { createTestBusiness, randomPhone, type TestBusiness } from "@/server/testing/factories";
import { templateSteps } from "@/server/testing/rest-factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;

const template = (change: Record<string, unknown> = {}) => ({
  name: "Monthly rent",
  title: "Rent for April",
  customerMemo: "Unit 4B",
  steps: templateSteps(),
  ...change,
});
const create = (tenant: Tenant, body: unknown, headers: Record<string, string> = {}) =>
  callApi(collection.POST, "/linx/templates", { method: "POST", key: tenant.apiKey, body, headers });
const get = (tenant: Tenant, id: string) =>
  callApi(item.GET, `/linx/templates/${id}`, { key: tenant.apiKey, params: { id } });
const newVersion = (tenant: Tenant, id: string, body: unknown) =>
  callApi(versions.POST, `/linx/templates/${id}/versions`, {
    method: "POST",
    key: tenant.apiKey,
    params: { id },
    body,
  });
const archiveIt = (tenant: Tenant, id: string) =>
  callApi(archive.POST, `/linx/templates/${id}/archive`, { method: "POST", key: tenant.apiKey, params: { id } });
const send = (tenant: Tenant, body: unknown) =>
  callApi(workflows.POST, "/linx/workflows", { method: "POST", key: tenant.apiKey, body });
const fields = (response: { body: { error: { details: Array<{ in: string; field: string }> } } }) =>
  response.body.error.details.map((detail) => `${detail.in}:${detail.field}`);

beforeAll(async () => {
  a = await createTestBusiness({ name: "Templates REST A" });
  b = await createTestBusiness({ name: "Templates REST B" });
});

describe("templates", () => {
  it("creates version 1, adds versions, and serves the current one", async () => {
    const created = await create(a, template());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: "Monthly rent",
      status: "ACTIVE",
      version: 1,
      title: "Rent for April",
      customerMemo: "Unit 4B",
      expireInHours: null,
      locale: null,
      steps: templateSteps().map((step) =>
        step.name === "move-money" ? { ...step, parameters: { ...step.parameters } } : step,
      ),
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.any(String),
      archivedAt: null,
    });
    const v2 = await newVersion(a, created.body.id, template({ title: "Rent for May", expireInHours: 48 }));
    expect(v2).toMatchObject({
      status: 201,
      body: { id: created.body.id, version: 2, title: "Rent for May", expireInHours: 48 },
    });
    expect((await get(a, created.body.id)).body).toEqual(v2.body);
  });

  it("answers 422 naming the field, with the workflow step rules", async () => {
    const [notification, ...rest] = templateSteps();
    expect(
      fields(
        await create(
          a,
          template({ steps: [{ ...notification, parameters: { phoneNumber: randomPhone() } }, ...rest] }),
        ),
      ),
    ).toEqual(["body:steps.0.parameters"]);
    expect(fields(await create(a, template({ steps: [notification, rest[0], rest[3]] })))).toEqual([
      "body:steps.2.name",
    ]);
    expect(fields(await create(a, template({ name: "n".repeat(101), title: "" })))).toEqual([
      "body:title",
      "body:name",
    ]);
    const unknownDocument = templateSteps();
    unknownDocument[3] = { name: "document-acceptance", parameters: { documents: [{ documentId: "nope" }] } };
    expect(fields(await create(a, template({ steps: unknownDocument })))).toEqual([
      "body:steps.3.parameters.documents.0.documentId",
    ]);
  });

  it("lists newest first, by status", async () => {
    const own = await createTestBusiness();
    const first = await create(own, template({ name: "First" }));
    const second = await create(own, template({ name: "Second" }));
    await archiveIt(own, first.body.id);
    const list = (query: string) => callApi(collection.GET, `/linx/templates${query}`, { key: own.apiKey });
    expect((await list("")).body.data.map((t: { name: string }) => t.name)).toEqual(["Second", "First"]);
    expect((await list("?status=ARCHIVED")).body.data.map((t: { id: string }) => t.id)).toEqual([first.body.id]);
    expect((await list("?limit=1")).body).toMatchObject({
      data: [{ id: second.body.id }],
      pagination: { hasMore: true, nextCursor: expect.any(String) },
    });
    expect((await list("?status=GONE")).status).toBe(422);
  });
});

describe("sending a template", () => {
  it("sends the current version to each number with its own amount, and workflows keep their version", async () => {
    const created = await create(a, template({ expireInHours: 72 }));
    const phones = [randomPhone(), randomPhone()];
    const sent = await Promise.all(
      phones.map((phoneNumber, index) =>
        send(a, { templateId: created.body.id, phoneNumber, amount: `${index + 1}0.00` }),
      ),
    );
    expect(sent.map((response) => response.status)).toEqual([201, 201]);
    expect(sent[0]!.body).toMatchObject({
      title: "Rent for April",
      customerMemo: "Unit 4B",
      phoneNumber: phones[0],
      status: "ACTIVE",
    });
    expect(
      sent.map(
        (response) =>
          response.body.steps.find((step: { stepName: string }) => step.stepName === "move-money").parameters.amount,
      ),
    ).toEqual(["10.00", "20.00"]);
    expect(Math.round((new Date(sent[0]!.body.expireAt).getTime() - Date.now()) / 3_600_000)).toBe(72);

    await newVersion(a, created.body.id, template({ title: "Rent v2" }));
    const later = await send(a, {
      templateId: created.body.id,
      phoneNumber: randomPhone(),
      title: "Own title",
      authentication: "PASSCODE",
    });
    expect(later.body).toMatchObject({ title: "Own title", passcode: expect.stringMatching(/^\d{6}$/) });
    const rows = await db().workflow.findMany({
      where: { id: { in: [sent[0]!.body.id, later.body.id] } },
      select: { id: true, templateVersion: { select: { version: true } } },
    });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.templateVersion?.version]))).toEqual({
      [sent[0]!.body.id]: 1,
      [later.body.id]: 2,
    });
  });

  it("answers 422 naming the field for a bad number, a bad amount, and an unknown, foreign or archived template", async () => {
    const created = await create(a, template());
    expect(fields(await send(a, { templateId: created.body.id, phoneNumber: "555" }))).toEqual(["body:phoneNumber"]);
    expect(
      new Set(fields(await send(a, { templateId: created.body.id, phoneNumber: randomPhone(), amount: "-1" }))),
    ).toEqual(new Set(["body:amount"]));
    expect(fields(await send(a, { templateId: "no-such-template", phoneNumber: randomPhone() }))).toEqual([
      "body:templateId",
    ]);
    expect(fields(await send(b, { templateId: created.body.id, phoneNumber: randomPhone() }))).toEqual([
      "body:templateId",
    ]);
    const archived = await archiveIt(a, created.body.id);
    expect(archived).toMatchObject({ status: 200, body: { status: "ARCHIVED", archivedAt: expect.any(String) } });
    const refused = await send(a, { templateId: created.body.id, phoneNumber: randomPhone() });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { in: "body", field: "templateId", message: "the template is archived" },
    ]);
    expect((await newVersion(a, created.body.id, template())).status).toBe(409);
  });
});

describe("tenant isolation", () => {
  it("answers 404 to another business on every template route", async () => {
    const created = await create(a, template());
    const id = created.body.id;
    for (const response of [
      await get(b, id),
      await newVersion(b, id, template({ title: "Hijack" })),
      await archiveIt(b, id),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("NOT_FOUND");
    }
    expect((await get(a, id)).body).toMatchObject({ version: 1, status: "ACTIVE", title: "Rent for April" });
    expect((await callApi(collection.GET, "/linx/templates", { key: b.apiKey })).body.data).toEqual([]);
  });
});
