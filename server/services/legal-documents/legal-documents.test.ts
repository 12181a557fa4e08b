import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { sha256Hex } from "@/server/auth/tokens";
import { SYSTEM } from "@/server/services/actor";
import { createBusiness } from "@/server/services/businesses/create-business";
import { createLegalDocument } from "./create-legal-document";
import { createLegalDocumentVersion } from "./create-legal-document-version";
import { getLegalDocument } from "./get-legal-document";
import { listLegalDocuments } from "./list-legal-documents";

let businessId = "";
let otherBusinessId = "";
const newBusiness = async () =>
  (await createBusiness({ name: "Docs Co", slug: `docs-${randomBytes(6).toString("hex")}`, actor: SYSTEM })).id;

beforeAll(async () => {
  businessId = await newBusiness();
  otherBusinessId = await newBusiness();
});

describe("legal-document services", () => {
  it("create version 1, then versions that count up and become current, each audited", async () => {
    const created = await createLegalDocument({ businessId, key: "terms", title: "T1", content: "one", actor: SYSTEM });
    expect(created).toMatchObject({ key: "terms", version: 1, currentVersion: 1, contentHash: sha256Hex("one") });
    await createLegalDocumentVersion({ businessId, key: "terms", title: "T2", content: "two", actor: SYSTEM });
    expect(await getLegalDocument({ businessId, key: "terms" })).toMatchObject({
      version: 2,
      title: "T2",
      content: "two",
    });
    const versions = await db().legalDocumentVersion.findMany({
      where: { documentId: created.id },
      orderBy: { version: "asc" },
      select: { version: true, title: true },
    });
    expect(versions).toEqual([
      { version: 1, title: "T1" },
      { version: 2, title: "T2" },
    ]);
    const actions = await db().auditLog.findMany({
      where: { businessId, targetId: created.id },
      select: { action: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(actions.map(({ action }) => action)).toEqual(["legal-document.created", "legal-document.version-created"]);
  });

  it("give concurrent new versions consecutive numbers", async () => {
    await createLegalDocument({ businessId, key: "busy", title: "v1", content: "1", actor: SYSTEM });
    const results = await Promise.all(
      [2, 3, 4].map((n) =>
        createLegalDocumentVersion({ businessId, key: "busy", title: `v${n}`, content: String(n), actor: SYSTEM }),
      ),
    );
    expect(results.map((result) => result.version).sort()).toEqual([2, 3, 4]);
    expect((await getLegalDocument({ businessId, key: "busy" })).version).toBe(4);
  });

  it("answer CONFLICT, never a crash, when two creates race for one key", async () => {
    const outcomes = await Promise.allSettled(
      [1, 2].map((n) => createLegalDocument({ businessId, key: "race", title: `r${n}`, content: "x", actor: SYSTEM })),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const failure = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toMatchObject({ code: "CONFLICT" });
  });

  it("keep businesses apart: another business's key is NOT_FOUND and absent from its list", async () => {
    await createLegalDocument({ businessId, key: "private", title: "P", content: "p", actor: SYSTEM });
    await expect(getLegalDocument({ businessId: otherBusinessId, key: "private" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createLegalDocumentVersion({
        businessId: otherBusinessId,
        key: "private",
        title: "X",
        content: "x",
        actor: SYSTEM,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listLegalDocuments({ businessId: otherBusinessId, page: { limit: 100 } })).toEqual({
      items: [],
      hasMore: false,
    });
  });

  it("list the current version of each document, without content", async () => {
    const { items } = await listLegalDocuments({ businessId, page: { limit: 100 } });
    const terms = items.find((item) => item.key === "terms");
    expect(terms).toMatchObject({ version: 2, title: "T2" });
    expect(terms).not.toHaveProperty("content");
  });
});
