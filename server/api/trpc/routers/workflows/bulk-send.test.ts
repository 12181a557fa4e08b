import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { randomPhone } from "@/server/testing/factories";
import { createTestTemplate } from "@/server/testing/rest-factories";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;
let templateId: string;

beforeAll(async () => {
  world = await createStaffWorld();
  templateId = (await createTestTemplate(world.a.id)).id;
});

describe("workflows.bulkSend", () => {
  it("sends each valid row its own workflow and reports each refused row with its reason", async () => {
    const { a, as } = world;
    const phone = randomPhone();
    const { results } = await as("operatorA").workflows.bulkSend({
      businessId: a.id,
      templateId,
      rows: [
        { row: 1, phoneNumber: phone, amount: "42.50", name: "Ada" },
        { row: 2, phoneNumber: "555-0100" },
        { row: 3, phoneNumber: randomPhone(), amount: "-3" },
      ],
    });
    expect(results.map((result) => [result.row, result.status])).toEqual([
      [1, "created"],
      [2, "failed"],
      [3, "failed"],
    ]);
    expect(results[1]).toMatchObject({ error: expect.stringContaining("phoneNumber") });
    expect(results[2]).toMatchObject({ error: expect.stringContaining("amount") });
    const created = results[0]!.status === "created" ? results[0]!.workflowId : "";
    const workflow = await db().workflow.findUniqueOrThrow({
      where: { id: created },
      select: { businessId: true, phoneNumber: true, title: true },
    });
    expect(workflow).toEqual({ businessId: a.id, phoneNumber: phone, title: "Rent for April for Ada" });
  });

  it("refuses viewers, other businesses' staff and chunks over 50 rows, creating nothing", async () => {
    const { a, b, as } = world;
    const before = await db().workflow.count({ where: { businessId: a.id } });
    const rows = [{ row: 1, phoneNumber: randomPhone() }];
    expect(await codeOf(as("viewerA").workflows.bulkSend({ businessId: a.id, templateId, rows }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").workflows.bulkSend({ businessId: a.id, templateId, rows }))).toBe("FORBIDDEN");
    const foreign = await as("ownerB").workflows.bulkSend({ businessId: b.id, templateId, rows });
    expect(foreign.results).toEqual([{ row: 1, status: "failed", error: "templateId: no such template" }]);
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ row: i + 1, phoneNumber: randomPhone() }));
    expect(await codeOf(as("operatorA").workflows.bulkSend({ businessId: a.id, templateId, rows: tooMany }))).toBe(
      "BAD_REQUEST",
    );
    expect(await db().workflow.count({ where: { businessId: a.id } })).toBe(before);
    expect(await db().workflow.count({ where: { businessId: b.id } })).toBe(0);
  });
});
