import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

let world: Awaited<ReturnType<typeof createStaffWorld>>;

beforeAll(async () => {
  world = await createStaffWorld();
});

describe("legalDocuments procedures", () => {
  it("create a document, add a version that becomes current, and show every version's content", async () => {
    const { a, as } = world;
    expect(
      await as("adminA").legalDocuments.create({
        businessId: a.id,
        id: "refund-policy",
        title: "Refunds",
        content: "Within 30 days.",
      }),
    ).toMatchObject({ key: "refund-policy", version: 1 });
    expect(
      await as("adminA").legalDocuments.addVersion({
        businessId: a.id,
        key: "refund-policy",
        title: "Refunds",
        content: "Within 60 days.",
      }),
    ).toMatchObject({ version: 2 });
    const { versions } = await as("viewerA").legalDocuments.get({ businessId: a.id, key: "refund-policy" });
    expect(versions.map((version) => [version.version, version.content, version.acceptanceCount])).toEqual([
      [2, "Within 60 days.", 0],
      [1, "Within 30 days.", 0],
    ]);
    const list = await as("viewerA").legalDocuments.list({ businessId: a.id });
    expect(list.items.map((item) => item.key)).toEqual(["refund-policy", "privacy-policy", "terms-of-service"]);
    expect(
      await codeOf(
        as("adminA").legalDocuments.create({ businessId: a.id, id: "refund-policy", title: "x", content: "x" }),
      ),
    ).toBe("CONFLICT");
    expect(
      await codeOf(as("adminA").legalDocuments.create({ businessId: a.id, id: "Bad Key", title: "x", content: "x" })),
    ).toBe("BAD_REQUEST");
  });

  it("refuse viewers and operators every change with FORBIDDEN, changing nothing", async () => {
    const { a, as } = world;
    for (const who of ["viewerA", "operatorA"] as const) {
      expect(
        await codeOf(as(who).legalDocuments.create({ businessId: a.id, id: "sneaky", title: "x", content: "x" })),
      ).toBe("FORBIDDEN");
      expect(
        await codeOf(
          as(who).legalDocuments.addVersion({ businessId: a.id, key: "terms-of-service", title: "x", content: "x" }),
        ),
      ).toBe("FORBIDDEN");
    }
    expect(
      await db().legalDocument.findUniqueOrThrow({
        where: { businessId_key: { businessId: a.id, key: "terms-of-service" } },
        select: { currentVersion: true },
      }),
    ).toEqual({ currentVersion: 1 });
  });

  it("keep another business's staff out: FORBIDDEN on A, NOT_FOUND for a key B does not have", async () => {
    const { a, b, as } = world;
    expect(await codeOf(as("ownerB").legalDocuments.list({ businessId: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").legalDocuments.get({ businessId: a.id, key: "terms-of-service" }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(
        as("ownerB").legalDocuments.addVersion({ businessId: a.id, key: "terms-of-service", title: "x", content: "x" }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").legalDocuments.get({ businessId: b.id, key: "refund-policy" }))).toBe("NOT_FOUND");
    expect((await as("ownerB").legalDocuments.list({ businessId: b.id })).items.map((item) => item.key)).not.toContain(
      "refund-policy",
    );
  });
});
