import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { newId } from "./new-id";

describe("newId", () => {
  it("gives ids of the shape Prisma's cuid() gives, unique and in time order", async () => {
    const prismaId = (
      await db().business.create({ data: { name: "Ids", slug: `ids-${Date.now()}` }, select: { id: true } })
    ).id;
    const ids = Array.from({ length: 10_000 }, newId);
    for (const id of [prismaId, ...ids.slice(0, 100)]) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // The first nine characters are "c" and the time: a later id sorts after an earlier one.
    expect(newId().slice(0, 9) >= prismaId.slice(0, 9)).toBe(true);
  });
});
