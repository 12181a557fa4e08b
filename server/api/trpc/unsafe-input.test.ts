import { beforeAll, describe, expect, it } from "vitest";
import { captureLogsForTests } from "@/server/observability/logger";
import { TRPCError } from "@trpc/server";
import { db } from "@/server/db";
import { createStaffWorld } from "@/server/testing/trpc-callers";

// A NUL reached PostgreSQL through a free-text field and answered 500; every procedure now refuses
// NUL and lone surrogates before its input schema runs, naming the field.

let world: Awaited<ReturnType<typeof createStaffWorld>>;

beforeAll(async () => {
  world = await createStaffWorld();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) =>
      error instanceof TRPCError ? { code: error.code, message: error.message } : { code: String(error), message: "" },
  );

describe("tRPC inputs", () => {
  it.each([
    ["a NUL", "Alpha\u0000Beta"],
    ["a lone surrogate", "Alpha \uD83D"],
  ])("refuse %s in a string with UNPROCESSABLE_CONTENT naming the field, and change nothing", async (_label, name) => {
    const logs = captureLogsForTests();
    const { a, as } = world;
    expect(await refusal(as("ownerA").business.rename({ businessId: a.id, name }))).toEqual({
      code: "UNPROCESSABLE_CONTENT",
      message: expect.stringMatching(/^name: /),
    });
    expect((await db().business.findUniqueOrThrow({ where: { id: a.id }, select: { name: true } })).name).toBe("Alpha");
    logs.restore();
  });

  it("still take emoji, which are surrogate pairs", async () => {
    const { a, as } = world;
    await as("ownerA").business.rename({ businessId: a.id, name: "Alpha 🏠" });
    expect((await db().business.findUniqueOrThrow({ where: { id: a.id }, select: { name: true } })).name).toBe(
      "Alpha 🏠",
    );
  });
});
