import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { SYSTEM } from "@/server/services/actor";
import { createBusiness } from "./create-business";
import { getBusiness } from "./get-business";

describe("business services", () => {
  it("create a business with an audit entry, and read it back", async () => {
    const slug = `biz-${randomBytes(6).toString("hex")}`;
    const created = await createBusiness({ name: "Biz Co", slug, actor: SYSTEM });
    expect(await getBusiness({ businessId: created.id })).toEqual(created);
    expect(await db().auditLog.count({ where: { businessId: created.id, action: "business.created" } })).toBe(1);
  });

  it("refuse a slug in use with CONFLICT and an unknown id with NOT_FOUND", async () => {
    const slug = `biz-${randomBytes(6).toString("hex")}`;
    await createBusiness({ name: "First", slug, actor: SYSTEM });
    await expect(createBusiness({ name: "Second", slug, actor: SYSTEM })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(getBusiness({ businessId: "no-such-business" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
