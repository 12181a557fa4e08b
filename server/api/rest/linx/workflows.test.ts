import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/linx/workflows/route";
import * as item from "@/app/api/v2/linx/workflows/[id]/route";
import { db } from "@/server/db";
import { startInProcessRunner, stopInProcessRunner } from "@/server/jobs/in-process-runner";
import { createTestBusiness, fullSteps, randomPhone, type TestBusiness } from "@/server/testing/factories";
import { createTestCustomer } from "@/server/testing/rest-factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;
let theirCustomerId = "";

const create = (tenant: Tenant, body: unknown, headers: Record<string, string> = {}) =>
  callApi(collection.POST, "/linx/workflows", { method: "POST", key: tenant.apiKey, body, headers });
const get = (tenant: Tenant, id: string) =>
  callApi(item.GET, `/linx/workflows/${id}`, { key: tenant.apiKey, params: { id } });
const fields = (response: { body: { error: { details: Array<{ in: string; field: string }> } } }) =>
  response.body.error.details.map((detail) => `${detail.in}:${detail.field}`);

beforeAll(async () => {
  a = await createTestBusiness({ name: "Workflows A" });
  b = await createTestBusiness({ name: "Workflows B" });
  theirCustomerId = (await createTestCustomer(b.id)).id;
});
afterEach(async () => {
  await stopInProcessRunner();
});

describe("POST /linx/workflows", () => {
  it("creates an ACTIVE workflow and answers the DTO, without the link", async () => {
    const phoneNumber = randomPhone();
    const response = await create(a, {
      title: "Rent for March",
      customerMemo: "Unit 4B",
      expireInHours: 48,
      steps: fullSteps(phoneNumber),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: expect.any(String),
      status: "ACTIVE",
      title: "Rent for March",
      customerMemo: "Unit 4B",
      phoneNumber,
      channel: "SMS",
      currentStep: "notification",
      declineReason: null,
      createdAt: expect.stringMatching(/Z$/),
    });
    expect(response.body.steps.map((step: { stepName: string }) => step.stepName)).toEqual([
      "notification",
      "customer-account",
      "enhance-profile",
      "financial-account",
      "document-acceptance",
      "move-money",
    ]);
    expect(response.body.steps[5]).toMatchObject({
      stepDisplayName: "Review the payment",
      status: "CREATED",
      parameters: { amount: "125.00" },
    });
    expect(response.body).not.toHaveProperty("passcode");
    expect(JSON.stringify(response.body)).not.toMatch(/\/l\/|token|link/i);
    expect(await get(a, response.body.id)).toMatchObject({ status: 200, body: response.body });
    const audit = await db().auditLog.findFirst({
      where: { businessId: a.id, action: "workflow.created", targetId: response.body.id },
      select: { actorType: true, actorId: true },
    });
    expect(audit).toEqual({ actorType: "API_KEY", actorId: a.apiKeyId });
  });

  it("returns a 6-digit passcode once when asked for one", async () => {
    const response = await create(a, { title: "Secure", authentication: "PASSCODE", steps: fullSteps() });
    expect(response.status).toBe(201);
    expect(response.body.passcode).toMatch(/^\d{6}$/);
    expect((await get(a, response.body.id)).body).not.toHaveProperty("passcode");
  });

  it("texts the link at once, without waiting for the next sweep", async () => {
    startInProcessRunner({ intervalMs: 600_000, businessId: a.id });
    const response = await create(a, { title: "Now", steps: fullSteps() });
    const deadline = Date.now() + 10_000;
    let sent = 0;
    while (sent === 0 && Date.now() < deadline) {
      sent = await db().notification.count({
        where: { workflowId: response.body.id, origin: "INITIAL", status: "DELIVERED" },
      });
      if (sent === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(sent).toBe(1);
  });

  it("creates once per Idempotency-Key and replays the same answer", async () => {
    const body = { title: "Once", steps: fullSteps() };
    const headers = { "idempotency-key": "workflow-once" };
    const first = await create(a, body, headers);
    const retry = await create(a, body, headers);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await db().workflow.count({ where: { businessId: a.id, title: "Once" } })).toBe(1);
    const record = await db().idempotencyRecord.findUniqueOrThrow({
      where: { businessId_key: { businessId: a.id, key: "workflow-once" } },
      select: { responseStatus: true },
    });
    expect(record.responseStatus).toBe(201);
  });

  it.each([
    ["a title over 200 characters", { title: "t".repeat(201) }, ["body:title"]],
    ["an unknown field", { link: "x" }, ["body:(root)"]],
    ["a customerMemo over 500 characters", { customerMemo: "m".repeat(501) }, ["body:customerMemo"]],
    ["expireInHours 0", { expireInHours: 0 }, ["body:expireInHours"]],
    ["a bad authentication", { authentication: "SMS" }, ["body:authentication"]],
  ])("answers 422 for %s", async (_, change, expected) => {
    const response = await create(a, { title: "x", steps: fullSteps(), ...change });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("UNPROCESSABLE");
    expect(fields(response)).toEqual(expected);
  });

  it.each([
    [
      "two of step 2",
      (steps: any[]) => [steps[0], steps[1], { name: "lookup-profile", parameters: { customerId: "c1" } }],
      "body:steps",
    ],
    ["move-money without a financial account", (steps: any[]) => [steps[0], steps[1], steps[5]], "body:steps.2.name"],
    [
      "an amount of 0",
      (steps: any[]) =>
        steps.map((s) => (s.name === "move-money" ? { ...s, parameters: { ...s.parameters, amount: "0.00" } } : s)),
      "body:steps.5.parameters.amount",
    ],
    [
      "a phone number that is not E.164",
      (steps: any[]) => [{ name: "notification", parameters: { phoneNumber: "555-0100" } }, ...steps.slice(1)],
      "body:steps.0.parameters.phoneNumber",
    ],
    [
      "an introductory message over 320 characters",
      (steps: any[]) => [
        { name: "notification", parameters: { phoneNumber: randomPhone(), introductoryMessage: "i".repeat(321) } },
        ...steps.slice(1),
      ],
      "body:steps.0.parameters.introductoryMessage",
    ],
    [
      "an unknown document",
      (steps: any[]) =>
        steps.map((s) =>
          s.name === "document-acceptance" ? { ...s, parameters: { documents: [{ documentId: "no-such-doc" }] } } : s,
        ),
      "body:steps.4.parameters.documents.0.documentId",
    ],
    [
      "another business's customer",
      (steps: any[]) => [steps[0], { name: "lookup-profile", parameters: { customerId: theirCustomerId } }],
      "body:steps.1.parameters.customerId",
    ],
  ])("answers 422 naming the step field for %s", async (_, change, field) => {
    const response = await create(a, { title: "x", steps: change(fullSteps()) });
    expect(response.status).toBe(422);
    expect(fields(response)).toContain(field);
  });

  it("answers 422 unless exactly one of steps and templateId is given, and refuses template fields with steps", async () => {
    expect(fields(await create(a, { title: "x" }))).toEqual(["body:steps"]);
    expect(
      fields(await create(a, { title: "x", steps: fullSteps(), templateId: "t1", phoneNumber: randomPhone() })),
    ).toContain("body:templateId");
    expect(
      fields(await create(a, { title: "x", steps: fullSteps(), phoneNumber: randomPhone(), amount: "5.00" })),
    ).toEqual(["body:phoneNumber", "body:amount"]);
    expect(fields(await create(a, { steps: fullSteps() }))).toEqual(["body:title"]);
    expect(fields(await create(a, { templateId: "t1" }))).toEqual(["body:phoneNumber"]);
    expect(await db().workflow.count({ where: { businessId: a.id, title: "x" } })).toBe(0);
  });
});

describe("GET /linx/workflows/{id}", () => {
  it("answers 404 for an unknown id, an id that cannot exist, and another business's workflow", async () => {
    const mine = await create(a, { title: "Mine", steps: fullSteps() });
    expect((await get(a, "nothing-here")).status).toBe(404);
    expect((await get(a, "x".repeat(65))).status).toBe(404);
    const theirs = await get(b, mine.body.id);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  });

  it("answers 401 without a key", async () => {
    const response = await callApi(item.GET, "/linx/workflows/x", { params: { id: "x" } });
    expect(response.status).toBe(401);
  });
});
