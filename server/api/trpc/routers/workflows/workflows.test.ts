import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import type { Role } from "@/server/generated/prisma/enums";
import {
  createTestBusiness,
  createTestWorkflow,
  fullSteps,
  randomPhone,
  uniqueSuffix,
} from "@/server/testing/factories";
import { createTestTemplate } from "@/server/testing/rest-factories";
import type { TrpcContext } from "@/server/api/trpc/context";
import { createCaller } from "@/server/api/trpc/root";

// Business A with one member per role, business B with an owner; each has workflows of its own.
const users: Record<string, string> = {};
let businessA: string;
let businessB: string;
let workflowA: string;
let workflowB: string;
let templateA: string;

const addMember = async (key: string, businessId: string, role: Role) => {
  const user = await db().user.create({
    data: { email: `${key}-${uniqueSuffix()}@workflows.test`, name: key, passwordHash: "unused" },
    select: { id: true },
  });
  await db().membership.create({ data: { userId: user.id, businessId, role } });
  users[key] = user.id;
};

const as = (key: string) =>
  createCaller({
    user: { id: users[key]!, email: `${key}@workflows.test`, name: key },
    ipAddress: "203.0.113.9",
  } satisfies TrpcContext);

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`),
  );

const statusOf = async (id: string) =>
  await db().workflow.findUniqueOrThrow({ where: { id }, select: { status: true, expireAt: true } });

beforeAll(async () => {
  businessA = (await createTestBusiness({ name: "Alpha" })).id;
  businessB = (await createTestBusiness({ name: "Bravo" })).id;
  await addMember("ownerA", businessA, "OWNER");
  await addMember("operatorA", businessA, "OPERATOR");
  await addMember("viewerA", businessA, "VIEWER");
  await addMember("ownerB", businessB, "OWNER");
  workflowA = (await createTestWorkflow(businessA, { title: "Alpha rent" })).workflow.id;
  workflowB = (await createTestWorkflow(businessB, { title: "Bravo rent" })).workflow.id;
  templateA = (await createTestTemplate(businessA)).id;
});

describe("workflows procedures: roles", () => {
  it("lets a viewer read the list and the detail", async () => {
    const page = await as("viewerA").workflows.list({ businessId: businessA });
    expect(page.items.map((w) => w.id)).toEqual([workflowA]);
    const detail = await as("viewerA").workflows.get({ businessId: businessA, workflowId: workflowA });
    expect(detail.workflow.title).toBe("Alpha rent");
    expect(detail.timeline.map((e) => e.title)).toContain("Workflow created");
  });

  it("refuses a viewer every action with FORBIDDEN and changes nothing", async () => {
    const viewer = as("viewerA");
    const before = await statusOf(workflowA);
    expect(await codeOf(viewer.workflows.resend({ businessId: businessA, workflowId: workflowA }))).toBe("FORBIDDEN");
    expect(
      await codeOf(viewer.workflows.extend({ businessId: businessA, workflowId: workflowA, expireInHours: 500 })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(viewer.workflows.cancel({ businessId: businessA, workflowId: workflowA }))).toBe("FORBIDDEN");
    expect(await codeOf(viewer.workflows.create({ businessId: businessA, title: "Nope", steps: fullSteps() }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(
        viewer.workflows.createFromTemplate({
          businessId: businessA,
          templateId: templateA,
          phoneNumber: randomPhone(),
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await statusOf(workflowA)).toEqual(before);
    expect(await db().workflow.count({ where: { businessId: businessA } })).toBe(1);
    expect(
      await db().scheduledJob.count({
        where: { subjectId: workflowA, payload: { path: ["origin"], equals: "MANUAL" } },
      }),
    ).toBe(0);
  });
});

describe("workflows procedures: tenants", () => {
  it("refuses staff of another business on its id with FORBIDDEN", async () => {
    const owner = as("ownerA");
    expect(await codeOf(owner.workflows.list({ businessId: businessB }))).toBe("FORBIDDEN");
    expect(await codeOf(owner.workflows.get({ businessId: businessB, workflowId: workflowB }))).toBe("FORBIDDEN");
    expect(await codeOf(owner.workflows.cancel({ businessId: businessB, workflowId: workflowB }))).toBe("FORBIDDEN");
    expect(await codeOf(owner.workflows.formOptions({ businessId: businessB }))).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND for another business's workflow through one's own business, and changes nothing", async () => {
    const owner = as("ownerA");
    expect(await codeOf(owner.workflows.get({ businessId: businessA, workflowId: workflowB }))).toBe("NOT_FOUND");
    expect(await codeOf(owner.workflows.resend({ businessId: businessA, workflowId: workflowB }))).toBe("NOT_FOUND");
    expect(
      await codeOf(owner.workflows.extend({ businessId: businessA, workflowId: workflowB, expireInHours: 10 })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(owner.workflows.cancel({ businessId: businessA, workflowId: workflowB }))).toBe("NOT_FOUND");
    expect((await statusOf(workflowB)).status).toBe("ACTIVE");
    const search = await owner.workflows.list({ businessId: businessA, q: workflowB });
    expect(search.items).toEqual([]);
  });

  it("refuses a template of another business as not found", async () => {
    const templateB = (await createTestTemplate(businessB)).id;
    expect(
      await codeOf(
        as("ownerA").workflows.createFromTemplate({
          businessId: businessA,
          templateId: templateB,
          phoneNumber: randomPhone(),
        }),
      ),
    ).toBe("UNPROCESSABLE_CONTENT");
  });
});

describe("workflows procedures: an operator acts", () => {
  it("creates from scratch with a passcode shown once, and from a template", async () => {
    const operator = as("operatorA");
    const created = await operator.workflows.create({
      businessId: businessA,
      title: "Deposit",
      authentication: "PASSCODE",
      steps: fullSteps(),
    });
    expect(created.passcode).toMatch(/^\d{6}$/);
    const again = await operator.workflows.get({ businessId: businessA, workflowId: created.id });
    expect(again.authentication).toBe("PASSCODE");
    expect(JSON.stringify(again)).not.toContain(created.passcode!);
    const fromTemplate = await operator.workflows.createFromTemplate({
      businessId: businessA,
      templateId: templateA,
      phoneNumber: "+1 (415) 555-0142",
      amount: "80.00",
    });
    expect(fromTemplate.passcode).toBeNull();
    const detail = await operator.workflows.get({ businessId: businessA, workflowId: fromTemplate.id });
    expect(detail.template).toMatchObject({ id: templateA, version: 1 });
    expect(detail.workflow.phoneNumber).toBe("+14155550142");
    const filtered = await operator.workflows.list({ businessId: businessA, template: templateA });
    expect(filtered.items.map((w) => w.id)).toEqual([fromTemplate.id]);
  });

  it("refuses a phone number the REST API refuses", async () => {
    const operator = as("operatorA");
    expect(
      await codeOf(operator.workflows.create({ businessId: businessA, title: "Bad", steps: fullSteps("4155550100") })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        operator.workflows.createFromTemplate({
          businessId: businessA,
          templateId: templateA,
          phoneNumber: "+1 555 000",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("resends, extends and cancels, each with an audit entry in the timeline", async () => {
    const operator = as("operatorA");
    const { workflow } = await createTestWorkflow(businessA, { title: "To act on" });
    await operator.workflows.resend({ businessId: businessA, workflowId: workflow.id });
    const extended = await operator.workflows.extend({
      businessId: businessA,
      workflowId: workflow.id,
      expireInHours: 240,
    });
    expect(new Date(extended.expireAt).getTime()).toBeGreaterThan(Date.now() + 239 * 3_600_000);
    expect(await operator.workflows.cancel({ businessId: businessA, workflowId: workflow.id })).toEqual({
      id: workflow.id,
      status: "CANCELLED",
    });
    expect(await codeOf(operator.workflows.cancel({ businessId: businessA, workflowId: workflow.id }))).toBe(
      "CONFLICT",
    );
    const detail = await operator.workflows.get({ businessId: businessA, workflowId: workflow.id });
    const titles = detail.timeline.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(["Link resent", "Expiry extended", "Workflow cancelled"]));
    expect(detail.timeline.find((e) => e.title === "Link resent")?.actor).toBe("operatorA");
  });

  it("says a text is on its way until the send job has run", async () => {
    const operator = as("operatorA");
    const { workflow } = await createTestWorkflow(businessA, { title: "Texted again" });
    expect((await operator.workflows.get({ businessId: businessA, workflowId: workflow.id })).textPending).toBe(true);
    await runDueJobs({ businessId: businessA });
    expect((await operator.workflows.get({ businessId: businessA, workflowId: workflow.id })).textPending).toBe(false);
    await operator.workflows.resend({ businessId: businessA, workflowId: workflow.id });
    expect((await operator.workflows.get({ businessId: businessA, workflowId: workflow.id })).textPending).toBe(true);
    await runDueJobs({ businessId: businessA });
    const sent = await operator.workflows.get({ businessId: businessA, workflowId: workflow.id });
    expect(sent.textPending).toBe(false);
    expect(sent.notifications.map((n) => n.origin)).toEqual(["INITIAL", "MANUAL"]);
  });
});

describe("workflows.list", () => {
  it("pages with cursors both ways in any order without repeating a row", async () => {
    for (let i = 0; i < 27; i++) await createTestWorkflow(businessB, { title: `Page ${i}` });
    const owner = as("ownerB");
    for (const sort of ["created", "updated", "expiry"] as const) {
      const first = await owner.workflows.list({ businessId: businessB, sort });
      const second = await owner.workflows.list({ businessId: businessB, sort, after: first.nextCursor! });
      const seen = [...first.items, ...second.items].map((w) => w.id);
      expect(first.items).toHaveLength(25);
      expect(first.previousCursor).toBeNull();
      expect(second.nextCursor).toBeNull();
      expect(new Set(seen).size).toBe(28);
      const back = await owner.workflows.list({ businessId: businessB, sort, before: second.previousCursor! });
      expect(back.items.map((w) => w.id)).toEqual(first.items.map((w) => w.id));
      expect(back.previousCursor).toBeNull();
      expect(back.nextCursor).toBe(first.nextCursor);
    }
  });

  it("refuses a cursor it did not make, or two, as a bad request", async () => {
    const owner = as("ownerB");
    const { nextCursor } = await owner.workflows.list({ businessId: businessB });
    const forged = Buffer.from(JSON.stringify(["yesterday", "x"])).toString("base64url");
    for (const cursor of ["not a cursor", forged, Buffer.from("{}").toString("base64url"), "x".repeat(301)]) {
      expect(await codeOf(owner.workflows.list({ businessId: businessB, after: cursor }))).toBe("BAD_REQUEST");
      expect(await codeOf(owner.workflows.list({ businessId: businessB, before: cursor }))).toBe("BAD_REQUEST");
    }
    expect(await codeOf(owner.workflows.list({ businessId: businessB, after: nextCursor!, before: nextCursor! }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("searches by customer name, phone number and id", async () => {
    const customer = await db().customer.create({
      data: { businessId: businessA, firstName: "Grace", lastName: "Hopper", phoneNumber: randomPhone() },
      select: { id: true },
    });
    const phone = randomPhone();
    const { workflow } = await createTestWorkflow(businessA, { title: "Named", steps: fullSteps(phone) });
    await db().workflow.update({ where: { id: workflow.id }, data: { customerId: customer.id } });
    const owner = as("ownerA");
    for (const q of ["grace hopper", "Hopper", phone, phone.slice(-6), workflow.id]) {
      expect((await owner.workflows.list({ businessId: businessA, q })).items.map((w) => w.id)).toEqual([workflow.id]);
    }
    const active = await owner.workflows.list({ businessId: businessA, status: "CANCELLED" });
    expect(active.items.every((w) => w.status === "CANCELLED")).toBe(true);
  });
});
