import { beforeAll, describe, expect, it } from "vitest";
import * as cancel from "@/app/api/v2/linx/workflows/[id]/cancel/route";
import * as extend from "@/app/api/v2/linx/workflows/[id]/extend/route";
import * as history from "@/app/api/v2/linx/workflows/[id]/notifications/history/route";
import * as resend from "@/app/api/v2/linx/workflows/[id]/resend/route";
import { db } from "@/server/db";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { createTestBusiness, createTestWorkflow, randomPhone, type TestBusiness } from "@/server/testing/factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;

const newWorkflow = async (tenant = a) =>
  (
    await createTestWorkflow(tenant.id, {
      steps: [
        { name: "notification", parameters: { phoneNumber: randomPhone() } },
        { name: "customer-account", parameters: {} },
      ],
    })
  ).workflow;
const post = (
  handler: typeof resend.POST,
  action: string,
  tenant: Tenant,
  id: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  callApi(handler, `/linx/workflows/${id}/${action}`, {
    method: "POST",
    key: tenant.apiKey,
    params: { id },
    body,
    headers,
  });
const readHistory = (tenant: Tenant, id: string) =>
  callApi(history.GET, `/linx/workflows/${id}/notifications/history`, { key: tenant.apiKey, params: { id } });

beforeAll(async () => {
  a = await createTestBusiness({ name: "Actions A" });
  b = await createTestBusiness({ name: "Actions B" });
});

describe("resend, extend and cancel", () => {
  it("resends (a MANUAL text from the API key), extends from now, then cancels", async () => {
    const workflow = await newWorkflow();
    await runDueJobs({ businessId: a.id });

    const resent = await post(resend.POST, "resend", a, workflow.id);
    expect(resent).toMatchObject({ status: 200, body: { id: workflow.id, status: "ACTIVE" } });
    await runDueJobs({ businessId: a.id });

    const extended = await post(extend.POST, "extend", a, workflow.id, { expireInHours: 24 * 30 });
    expect(extended.status).toBe(200);
    expect(Math.round((new Date(extended.body.expireAt).getTime() - Date.now()) / 86_400_000)).toBe(30);

    const cancelled = await post(cancel.POST, "cancel", a, workflow.id);
    expect(cancelled).toMatchObject({ status: 200, body: { status: "CANCELLED", nextNotificationAt: null } });

    const texts = await readHistory(a, workflow.id);
    expect(texts.status).toBe(200);
    expect(texts.body.data).toEqual([
      {
        id: expect.any(String),
        serial: 1,
        channel: "SMS",
        origin: "INITIAL",
        notifiedBy: "system",
        notifiedAt: expect.stringMatching(/Z$/),
        sentAt: expect.any(String),
        status: "DELIVERED",
        errorCode: null,
        toNumber: workflow.phoneNumber,
        toAddress: null,
      },
      expect.objectContaining({
        serial: 2,
        origin: "MANUAL",
        notifiedBy: `api_key:${a.apiKeyId}`,
        status: "DELIVERED",
      }),
    ]);
    expect(JSON.stringify(texts.body)).not.toMatch(/body|\{\{link\}\}|\/l\//);
  });

  it("answers 409 once the workflow is no longer ACTIVE, and changes nothing", async () => {
    const workflow = await newWorkflow();
    await post(cancel.POST, "cancel", a, workflow.id);
    for (const [handler, action, body] of [
      [resend.POST, "resend", undefined],
      [extend.POST, "extend", { expireInHours: 5 }],
      [cancel.POST, "cancel", undefined],
    ] as const) {
      const response = await post(handler, action, a, workflow.id, body);
      expect(response.status, action).toBe(409);
      expect(response.body.error).toMatchObject({ code: "CONFLICT", details: { status: "CANCELLED" } });
    }
    expect(
      await db().scheduledJob.count({ where: { subjectId: workflow.id, kind: "WORKFLOW_SEND", status: "PENDING" } }),
    ).toBe(0);
  });

  it.each([[{ expireInHours: 0 }], [{ expireInHours: 1.5 }], [{ expireInHours: 24 * 366 }], [{}]])(
    "answers 422 naming expireInHours for %o",
    async (body) => {
      const workflow = await newWorkflow();
      const response = await post(extend.POST, "extend", a, workflow.id, body);
      expect(response.status).toBe(422);
      expect(response.body.error.details).toEqual([
        { in: "body", field: "expireInHours", message: expect.any(String) },
      ]);
    },
  );

  it("resends once per Idempotency-Key", async () => {
    const workflow = await newWorkflow();
    const headers = { "idempotency-key": `resend-${workflow.id}` };
    const first = await post(resend.POST, "resend", a, workflow.id, undefined, headers);
    const retry = await post(resend.POST, "resend", a, workflow.id, undefined, headers);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(await db().scheduledJob.count({ where: { subjectId: workflow.id, kind: "WORKFLOW_SEND" } })).toBe(2); // the initial send and one resend
  });
});

describe("tenant isolation", () => {
  it("answers 404 to another business on every workflow action, and leaves the workflow alone", async () => {
    const workflow = await newWorkflow(a);
    const missing = await post(cancel.POST, "cancel", b, "no-such-workflow");
    for (const response of [
      await post(resend.POST, "resend", b, workflow.id),
      await post(extend.POST, "extend", b, workflow.id, { expireInHours: 5 }),
      await post(cancel.POST, "cancel", b, workflow.id),
      await readHistory(b, workflow.id),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    const row = await db().workflow.findUniqueOrThrow({
      where: { id: workflow.id },
      select: { status: true, expireAt: true },
    });
    expect(row).toEqual({ status: "ACTIVE", expireAt: new Date(workflow.expireAt) });
    expect(await db().scheduledJob.count({ where: { subjectId: workflow.id, kind: "WORKFLOW_SEND" } })).toBe(1);
  });
});
