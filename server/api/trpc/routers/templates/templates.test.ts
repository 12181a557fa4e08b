import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestTemplate, templateSteps } from "@/server/testing/rest-factories";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;
const content = (title: string) => ({
  name: "Rent",
  title,
  customerMemo: "Unit 1",
  expireInHours: 48,
  steps: templateSteps(),
});

beforeAll(async () => {
  world = await createStaffWorld();
});

describe("templates procedures", () => {
  it("create, edit into a new version with its history, and archive", async () => {
    const { a, as } = world;
    const created = await as("adminA").templates.create({ businessId: a.id, template: content("Rent for May") });
    expect(created).toMatchObject({ version: 1, status: "ACTIVE", title: "Rent for May" });
    const edited = await as("adminA").templates.update({
      businessId: a.id,
      templateId: created.id,
      template: content("Rent for June"),
    });
    expect(edited).toMatchObject({ version: 2, title: "Rent for June" });
    const { template, versions } = await as("viewerA").templates.get({ businessId: a.id, templateId: created.id });
    expect(template.version).toBe(2);
    expect(versions.map((version) => [version.version, version.title, version.workflowCount])).toEqual([
      [2, "Rent for June", 0],
      [1, "Rent for May", 0],
    ]);
    const list = await as("viewerA").templates.list({ businessId: a.id, status: "ACTIVE" });
    expect(list.items.map((item) => item.id)).toContain(created.id);
    expect((await as("ownerA").templates.archive({ businessId: a.id, templateId: created.id })).status).toBe(
      "ARCHIVED",
    );
    expect(
      await codeOf(
        as("adminA").templates.update({ businessId: a.id, templateId: created.id, template: content("late") }),
      ),
    ).toBe("CONFLICT");
  });

  it("page through the list with a cursor", async () => {
    const { b, as } = world;
    for (const name of ["One", "Two", "Three"]) await createTestTemplate(b.id, { name });
    const first = await as("ownerB").templates.list({ businessId: b.id, limit: 2 });
    expect(first.items.map((item) => item.name)).toEqual(["Three", "Two"]);
    const second = await as("ownerB").templates.list({ businessId: b.id, limit: 2, cursor: first.nextCursor });
    expect(second).toMatchObject({ items: [{ name: "One" }], nextCursor: null });
    expect(await codeOf(as("ownerB").templates.list({ businessId: b.id, cursor: "garbage!" }))).toBe("BAD_REQUEST");
  });

  it("refuse viewers and operators every change with FORBIDDEN, changing nothing", async () => {
    const { a, as } = world;
    const template = await createTestTemplate(a.id);
    for (const who of ["viewerA", "operatorA"] as const) {
      expect(await codeOf(as(who).templates.create({ businessId: a.id, template: content("x") }))).toBe("FORBIDDEN");
      expect(
        await codeOf(as(who).templates.update({ businessId: a.id, templateId: template.id, template: content("x") })),
      ).toBe("FORBIDDEN");
      expect(await codeOf(as(who).templates.archive({ businessId: a.id, templateId: template.id }))).toBe("FORBIDDEN");
    }
    expect(await db().workflowTemplateVersion.count({ where: { templateId: template.id } })).toBe(1);
    expect((await db().workflowTemplate.findUniqueOrThrow({ where: { id: template.id } })).archivedAt).toBeNull();
  });

  it("keep another business's staff out: FORBIDDEN on A, NOT_FOUND for A's template through B", async () => {
    const { a, b, as } = world;
    const template = await createTestTemplate(a.id);
    expect(await codeOf(as("ownerB").templates.list({ businessId: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").templates.get({ businessId: a.id, templateId: template.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").templates.create({ businessId: a.id, template: content("x") }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").templates.get({ businessId: b.id, templateId: template.id }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        as("ownerB").templates.update({ businessId: b.id, templateId: template.id, template: content("x") }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(as("ownerB").templates.archive({ businessId: b.id, templateId: template.id }))).toBe(
      "NOT_FOUND",
    );
    expect((await as("ownerB").templates.list({ businessId: b.id })).items.map((item) => item.id)).not.toContain(
      template.id,
    );
  });
});
