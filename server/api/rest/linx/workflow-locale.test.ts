import { beforeAll, describe, expect, it } from "vitest";
import * as workflows from "@/app/api/v2/linx/workflows/route";
import * as templates from "@/app/api/v2/linx/templates/route";
import { db } from "@/server/db";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { createTestBusiness, randomPhone, type TestBusiness } from "@/server/testing/factories";
import { templateSteps } from "@/server/testing/rest-factories";
import { callApi } from "@/server/api/rest/api-test-kit";

// `locale` on a request: en or es, regional forms taken as their language, anything else a 422
// that changes nothing; the first text goes out in that language.

type Tenant = TestBusiness;
let a: Tenant;

const steps = (phoneNumber: string) => [
  { name: "notification", parameters: { phoneNumber } },
  { name: "customer-account", parameters: {} },
];
const create = (body: unknown) => callApi(workflows.POST, "/linx/workflows", { method: "POST", key: a.apiKey, body });

beforeAll(async () => {
  a = await createTestBusiness({ name: "Locale A" });
});

describe("a request's locale", () => {
  it("takes es-US as es, answers it back, and texts the link in Spanish", async () => {
    const phoneNumber = randomPhone();
    const created = await create({ title: "Renta de marzo", locale: "es-US", steps: steps(phoneNumber) });
    expect(created).toMatchObject({ status: 201, body: { locale: "es" } });
    await runDueJobs({ businessId: a.id });
    const text = await db().notification.findFirstOrThrow({
      where: { workflowId: created.body.id },
      select: { body: true },
    });
    expect(text.body).toMatch(/^Locale A: Renta de marzo\. Abra \{\{link\}\} \(vence el /);
  });

  it("leaves it null without one (English texts; the Gateway follows the browser)", async () => {
    const created = await create({ title: "March rent", steps: steps(randomPhone()) });
    expect(created).toMatchObject({ status: 201, body: { locale: null } });
  });

  it.each(["fr", "english", "", "es-", 7])(
    "refuses %j with a 422 naming the field, and writes nothing",
    async (locale) => {
      const phoneNumber = randomPhone();
      const refused = await create({ title: "Rent", locale, steps: steps(phoneNumber) });
      expect(refused.status).toBe(422);
      expect(refused.body.error.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: "locale" })]),
      );
      expect(await db().workflow.count({ where: { phoneNumber, businessId: a.id } })).toBe(0);
    },
  );

  it("sends a template's language unless the request names another", async () => {
    const template = await callApi(templates.POST, "/linx/templates", {
      method: "POST",
      key: a.apiKey,
      body: { name: "Renta", title: "Renta", locale: "es", steps: templateSteps() },
    });
    expect(template).toMatchObject({ status: 201, body: { locale: "es" } });
    const fromTemplate = await create({ templateId: template.body.id, phoneNumber: randomPhone(), amount: "10.00" });
    expect(fromTemplate).toMatchObject({ status: 201, body: { locale: "es" } });
    const overridden = await create({
      templateId: template.body.id,
      phoneNumber: randomPhone(),
      amount: "10.00",
      locale: "en",
    });
    expect(overridden).toMatchObject({ status: 201, body: { locale: "en" } });
  });
});
