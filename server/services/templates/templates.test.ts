import { beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/server/errors";
import { db } from "@/server/db";
import { createTestBusiness, randomPhone, type TestBusiness } from "@/server/testing/factories";
import { createTestTemplate, templateSteps } from "@/server/testing/rest-factories";
import { SYSTEM } from "@/server/services/actor";
import { ZSteps } from "@/server/contracts/workflows/step-parameters";
import { archiveTemplate } from "./archive-template";
import { createWorkflowFromTemplate } from "./create-workflow-from-template";
import { getTemplate } from "./get-template";
import { listTemplates } from "./list-templates";
import { resolveTemplateSteps } from "./resolve-template-steps";
import { ZTemplateSteps } from "@/server/contracts/templates/template-steps";
import { updateTemplate } from "./update-template";

type Business = TestBusiness;
let business: Business;
let other: Business;

const issuePaths = (steps: unknown) =>
  (ZTemplateSteps.safeParse(steps).error?.issues ?? []).map((issue) => issue.path.join("."));
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
};

beforeAll(async () => {
  business = await createTestBusiness({ name: "Templates Co" });
  other = await createTestBusiness({ name: "Other Templates Co" });
});

describe("template steps", () => {
  it("are a workflow's steps without the phone number", () => {
    expect(ZTemplateSteps.safeParse(templateSteps()).success).toBe(true);
    const [notification, ...rest] = templateSteps();
    expect(issuePaths([{ ...notification!, parameters: { phoneNumber: "+14155550100" } }, ...rest])).toEqual([
      "0.parameters",
    ]);
  });

  it("follow the workflow rules, each problem named once", () => {
    const [notification, account, financial, documents, money] = templateSteps("0.00");
    expect(issuePaths([notification, account, financial, documents, money])).toEqual(["4.parameters.amount"]);
    expect(issuePaths([notification, account, { name: "lookup-profile", parameters: { customerId: "c1" } }])).toEqual([
      "",
    ]);
    expect(issuePaths([notification, account, templateSteps()[4]])).toEqual(["2.name"]);
    expect(issuePaths([account, notification])).toContain("0.name");
    expect(issuePaths([notification])).toEqual(["", ""]); // too few steps, and no customer step
  });
});

describe("createTemplate and updateTemplate", () => {
  it("creates version 1 and each change adds a version; workflows keep the version they were sent from", async () => {
    const template = await createTestTemplate(business.id);
    expect(template).toMatchObject({
      name: "Monthly rent",
      status: "ACTIVE",
      version: 1,
      title: "Rent for April",
      customerMemo: "Unit 4B",
      expireInHours: 72,
    });
    expect(template.steps[0]).toEqual({
      name: "notification",
      parameters: { channel: "SMS", introductoryMessage: "Your rent is due" },
    });
    const sent = await createWorkflowFromTemplate({
      businessId: business.id,
      actor: SYSTEM,
      templateId: template.id,
      recipient: { phoneNumber: randomPhone() },
    });

    const v2 = await updateTemplate({
      businessId: business.id,
      templateId: template.id,
      actor: SYSTEM,
      input: { name: "Rent", title: "Rent for May", steps: templateSteps("130.00") },
    });
    expect(v2).toMatchObject({
      id: template.id,
      name: "Rent",
      version: 2,
      title: "Rent for May",
      customerMemo: null,
      expireInHours: null,
    });
    const sentAfter = await createWorkflowFromTemplate({
      businessId: business.id,
      actor: SYSTEM,
      templateId: template.id,
      recipient: { phoneNumber: randomPhone() },
    });

    const rows = await db().workflow.findMany({
      where: { id: { in: [sent.workflow.id, sentAfter.workflow.id] } },
      select: { id: true, title: true, templateVersion: { select: { version: true } } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(sent.workflow.id)).toMatchObject({ title: "Rent for April", templateVersion: { version: 1 } });
    expect(byId.get(sentAfter.workflow.id)).toMatchObject({ title: "Rent for May", templateVersion: { version: 2 } });
    expect(await db().workflowTemplateVersion.count({ where: { templateId: template.id } })).toBe(2);
    const audit = await db().auditLog.findMany({
      where: { businessId: business.id, targetId: template.id },
      select: { action: true },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual(["template.created", "template.updated"]);
  });

  it("gives concurrent updates consecutive versions", async () => {
    const template = await createTestTemplate(business.id);
    const update = (title: string) =>
      updateTemplate({
        businessId: business.id,
        templateId: template.id,
        actor: SYSTEM,
        input: { name: "Rent", title, steps: templateSteps() },
      });
    const versions = (await Promise.all([update("A"), update("B"), update("C")])).map((view) => view.version);
    expect(versions.sort()).toEqual([2, 3, 4]);
    expect((await getTemplate({ businessId: business.id, templateId: template.id })).version).toBe(4);
  });

  it("refuses steps that name what does not exist, naming the field", async () => {
    const steps = templateSteps();
    steps[3] = { name: "document-acceptance", parameters: { documents: [{ documentId: "no-such-document" }] } };
    const error = await refusal(createTestTemplate(business.id, { steps }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.problems.map((problem) => problem.path)).toEqual(["steps.3.parameters.documents.0.documentId"]);
  });

  it("keeps templates apart per business and freezes archived ones", async () => {
    const template = await createTestTemplate(business.id);
    const input = { name: "x", title: "x", steps: templateSteps() };
    expect(
      await refusal(updateTemplate({ businessId: other.id, templateId: template.id, actor: SYSTEM, input })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await refusal(archiveTemplate({ businessId: other.id, templateId: template.id, actor: SYSTEM })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getTemplate({ businessId: other.id, templateId: template.id }))).toMatchObject({
      code: "NOT_FOUND",
    });

    const archived = await archiveTemplate({ businessId: business.id, templateId: template.id, actor: SYSTEM });
    expect(archived).toMatchObject({ status: "ARCHIVED", archivedAt: expect.any(Date) });
    expect(
      (await archiveTemplate({ businessId: business.id, templateId: template.id, actor: SYSTEM })).archivedAt,
    ).toEqual(archived.archivedAt);
    expect(
      await refusal(updateTemplate({ businessId: business.id, templateId: template.id, actor: SYSTEM, input })),
    ).toMatchObject({ code: "CONFLICT" });
  });
});

describe("listTemplates", () => {
  it("lists the business's templates newest first, filtered by status", async () => {
    const own = await createTestBusiness();
    const first = await createTestTemplate(own.id, { name: "First" });
    const second = await createTestTemplate(own.id, { name: "Second" });
    await archiveTemplate({ businessId: own.id, templateId: first.id, actor: SYSTEM });
    const all = await listTemplates({ businessId: own.id, page: { limit: 10 } });
    expect(all.items.map((template) => template.name)).toEqual(["Second", "First"]);
    expect(
      (await listTemplates({ businessId: own.id, page: { limit: 10 }, status: "ACTIVE" })).items.map((t) => t.id),
    ).toEqual([second.id]);
    expect(
      (await listTemplates({ businessId: own.id, page: { limit: 10 }, status: "ARCHIVED" })).items.map((t) => t.id),
    ).toEqual([first.id]);
    const page = await listTemplates({ businessId: own.id, page: { limit: 1 } });
    expect(page).toMatchObject({ hasMore: true, items: [{ id: second.id }] });
  });
});

describe("resolveTemplateSteps", () => {
  const version = { steps: ZTemplateSteps.parse(templateSteps()) };

  it("fills in the phone number and replaces the amount, giving steps createWorkflow accepts", () => {
    const steps = resolveTemplateSteps(version, { phoneNumber: "+1 (415) 555-0123", amount: "99.95" });
    expect(ZSteps.safeParse(steps).success).toBe(true);
    expect(steps[0]).toEqual({
      name: "notification",
      parameters: { channel: "SMS", introductoryMessage: "Your rent is due", phoneNumber: "+14155550123" },
    });
    expect(steps.find((step) => step.name === "move-money")?.parameters).toMatchObject({ amount: "99.95" });
    expect(
      resolveTemplateSteps(version, { phoneNumber: "+14155550123" }).find((step) => step.name === "move-money")
        ?.parameters,
    ).toMatchObject({ amount: "125.00" });
  });

  it.each([
    [{ phoneNumber: "555-0123" }, "phoneNumber"],
    [{ phoneNumber: "+14155550123", amount: "0" }, "amount"],
    [{ phoneNumber: "+14155550123", amount: "12.345" }, "amount"],
  ])("refuses %o naming %s", (recipient, path) => {
    expect(() => resolveTemplateSteps(version, recipient)).toThrow(
      expect.objectContaining({ code: "UNPROCESSABLE", problems: [{ path, message: expect.any(String) }] }),
    );
  });

  it("fills in the email address of a template that emails, and refuses a bad or missing one", () => {
    const byEmail = {
      steps: ZTemplateSteps.parse(
        templateSteps().map((step) =>
          step.name === "notification" ? { ...step, parameters: { ...step.parameters, channel: "EMAIL" } } : step,
        ),
      ),
    };
    const steps = resolveTemplateSteps(byEmail, { email: "Ana@Example.com" });
    expect(ZSteps.safeParse(steps).success).toBe(true);
    expect(steps[0]?.parameters).toMatchObject({ channel: "EMAIL", email: "ana@example.com" });
    for (const recipient of [{ email: "nope" }, {}, { phoneNumber: "+14155550123" }])
      expect(() => resolveTemplateSteps(byEmail, recipient)).toThrow(
        expect.objectContaining({ code: "UNPROCESSABLE", problems: [expect.objectContaining({ path: "email" })] }),
      );
    expect(() => resolveTemplateSteps(version, { phoneNumber: "+14155550123", email: "ana@example.com" })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ path: "email" })] }),
    );
  });

  it("refuses an amount for a template that moves no money", () => {
    const noMoney = { steps: ZTemplateSteps.parse(templateSteps().slice(0, 2)) };
    expect(() => resolveTemplateSteps(noMoney, { phoneNumber: "+14155550123", amount: "5.00" })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ path: "amount" })] }),
    );
  });
});

describe("createWorkflowFromTemplate", () => {
  it("uses the template's title, memo and expiry unless overridden, and its steps with the customer's number", async () => {
    const template = await createTestTemplate(business.id);
    const phoneNumber = randomPhone();
    const { workflow } = await createWorkflowFromTemplate({
      businessId: business.id,
      actor: SYSTEM,
      templateId: template.id,
      recipient: { phoneNumber, amount: "10.00" },
    });
    expect(workflow).toMatchObject({ title: "Rent for April", customerMemo: "Unit 4B", phoneNumber, status: "ACTIVE" });
    expect(Math.round((new Date(workflow.expireAt).getTime() - Date.now()) / 3_600_000)).toBe(72);
    expect(workflow.steps.find((step) => step.stepName === "move-money")?.parameters).toMatchObject({
      amount: "10.00",
    });
    expect(
      await db().scheduledJob.count({
        where: { subjectId: workflow.id, kind: { in: ["WORKFLOW_SEND", "WORKFLOW_EXPIRE"] } },
      }),
    ).toBe(2);
    const overridden = await createWorkflowFromTemplate({
      businessId: business.id,
      actor: SYSTEM,
      templateId: template.id,
      recipient: { phoneNumber },
      overrides: { title: "Rent, late", customerMemo: "Unit 4C", expireInHours: 5 },
    });
    expect(overridden.workflow).toMatchObject({ title: "Rent, late", customerMemo: "Unit 4C" });
  });

  it("answers 422 on templateId for an unknown, foreign or archived template, and for one whose document went away", async () => {
    const template = await createTestTemplate(business.id);
    const send = (businessId: string, templateId: string) =>
      refusal(
        createWorkflowFromTemplate({
          businessId,
          actor: SYSTEM,
          templateId,
          recipient: { phoneNumber: randomPhone() },
        }),
      );
    expect(await send(business.id, "no-such-template")).toMatchObject({
      code: "UNPROCESSABLE",
      problems: [{ path: "templateId", message: "no such template" }],
    });
    expect(await send(other.id, template.id)).toMatchObject({
      code: "UNPROCESSABLE",
      problems: [{ path: "templateId", message: "no such template" }],
    });

    const own = await createTestBusiness();
    const fragile = await createTestTemplate(own.id);
    await db().legalDocument.updateMany({
      where: { businessId: own.id, key: "terms-of-service" },
      data: { archivedAt: new Date() },
    });
    const gone = await send(own.id, fragile.id);
    expect(gone).toMatchObject({
      code: "UNPROCESSABLE",
      problems: [{ path: "templateId", message: expect.stringContaining("steps.3.parameters.documents.0.documentId") }],
    });

    await archiveTemplate({ businessId: business.id, templateId: template.id, actor: SYSTEM });
    expect(await send(business.id, template.id)).toMatchObject({
      code: "UNPROCESSABLE",
      problems: [{ path: "templateId", message: "the template is archived" }],
    });
  });
});
