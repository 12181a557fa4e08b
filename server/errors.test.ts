import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, inputProblems } from "./errors";

describe("AppError's field problems", () => {
  it("keeps a list as the fields at fault, one { field } as a problem, other details as details", () => {
    expect(new AppError("UNPROCESSABLE", "bad", [{ path: "a.b", message: "too long" }]).problems).toEqual([
      { path: "a.b", message: "too long" },
    ]);
    const taken = new AppError("CONFLICT", "slug taken", { field: "slug" });
    expect([taken.problems, taken.details]).toEqual([[{ path: "slug", message: "slug taken" }], { field: "slug" }]);
    const limited = new AppError("RATE_LIMITED", "wait", { retryAfterSeconds: 3 });
    expect([limited.problems, limited.details]).toEqual([[], { retryAfterSeconds: 3 }]);
  });

  it("reads bad input alike from a schema and a service, and nothing from a bug", () => {
    const zodError = z
      .object({ steps: z.array(z.object({ amount: z.string() })) })
      .safeParse({ steps: [{ amount: 1 }] }).error;
    expect(inputProblems(zodError)).toEqual([{ path: "steps.0.amount", message: expect.any(String) }]);
    expect(inputProblems(new AppError("NOT_FOUND", "gone"))).toEqual([]);
    expect(inputProblems(new AppError("INTERNAL", "bug", [{ path: "x", message: "y" }]))).toBeNull();
    expect(inputProblems(new TypeError("bug"))).toBeNull();
  });
});
