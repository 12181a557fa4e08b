import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import type { TrpcContext } from "./context";
import { INTERNAL_MESSAGE } from "./errors";
import { createCallerFactory, publicProcedure, router } from "./init";

// A router made only for these tests, with the real init (middleware + error formatter).
const testRouter = router({
  missing: publicProcedure.query(() => {
    throw new AppError("NOT_FOUND", "Workflow not found");
  }),
  conflict: publicProcedure.query(() => {
    throw new AppError("CONFLICT", "Already cancelled", { status: "CANCELLED" });
  }),
  crash: publicProcedure.query(() => {
    throw new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2");
  }),
  internal: publicProcedure.query(() => {
    throw new AppError("INTERNAL", "Rail adapter misconfigured at /srv/rail.ts");
  }),
  echo: publicProcedure.input(z.object({ amount: z.number().positive() })).query(({ input }) => input.amount),
});

const ctx: TrpcContext = { user: null };

const call = async (path: string, input?: unknown) => {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}${query}`),
    router: testRouter,
    createContext: () => ctx,
  });
  return {
    status: response.status,
    body: (await response.json()) as { error: { message: string; data: Record<string, unknown> } },
  };
};

describe("AppError mapping", () => {
  it("gives createCaller the matching tRPC code", async () => {
    await expect(createCallerFactory(testRouter)(ctx).missing()).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Workflow not found",
    });
  });

  it("answers HTTP with the AppError's status, message and details", async () => {
    const missing = await call("missing");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe("Workflow not found");
    const conflict = await call("conflict");
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.data.details).toEqual({ status: "CANCELLED" });
  });

  it("says which field is wrong for bad input", async () => {
    const bad = await call("echo", { amount: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^amount: /);
    expect(bad.body.error.data.fieldErrors).toHaveProperty("amount");
  });
});

describe("internal errors", () => {
  it.each(["crash", "internal"])("%s: 500 with a message that reveals nothing and no stack", async (path) => {
    const { status, body } = await call(path);
    expect(status).toBe(500);
    expect(body.error.message).toBe(INTERNAL_MESSAGE);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/ECONNREFUSED|hunter2|\/srv\/rail|stack/);
  });
});
