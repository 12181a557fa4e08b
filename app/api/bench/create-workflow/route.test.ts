import { afterEach, describe, expect, it } from "vitest";
import { createTestBusiness } from "@/server/testing/factories";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { POST } from "./route";

const create = (key: string) =>
  POST(
    new Request("http://localhost/api/bench/create-workflow", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({
        title: "Bare",
        steps: [
          { name: "notification", parameters: { phoneNumber: "+14155550100" } },
          { name: "customer-account", parameters: {} },
        ],
      }),
    }),
  );

afterEach(() => {
  delete process.env.LINX_BENCH_ROUTES;
  resetEnvForTests();
});

describe("the bare create route of the HTTP benchmark", () => {
  it("is not found and writes nothing unless LINX_BENCH_ROUTES is set", async () => {
    const { apiKey: key, ...business } = await createTestBusiness();
    expect((await create(key)).status).toBe(404);
    expect(await db().workflow.count({ where: { businessId: business.id } })).toBe(0);
  });

  it("writes the rows LinX's create writes when it is on", async () => {
    process.env.LINX_BENCH_ROUTES = "1";
    resetEnvForTests();
    const { apiKey: key, ...business } = await createTestBusiness();
    expect((await create(key)).status).toBe(201);
    expect((await create("lx_test_unknown")).status).toBe(401);
    for (const bad of [
      "{not json",
      "null",
      JSON.stringify({ title: "No steps" }),
      JSON.stringify({ title: "x", steps: [{ name: 1 }] }),
    ]) {
      const response = await POST(
        new Request("http://localhost/api/bench/create-workflow", {
          method: "POST",
          headers: { authorization: `Bearer ${key}` },
          body: bad,
        }),
      );
      expect(response.status, bad).toBe(400);
    }
    const workflow = await db().workflow.findFirstOrThrow({
      where: { businessId: business.id },
      select: { id: true, _count: { select: { steps: true } } },
    });
    expect(workflow._count.steps).toBe(2);
    expect(await db().scheduledJob.count({ where: { subjectId: workflow.id } })).toBe(2);
  });
});
