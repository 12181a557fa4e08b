import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { captureLogsForTests } from "@/server/observability/logger";
import { createTestBusiness } from "@/server/testing/factories";
import { callApi } from "./api-test-kit";
import { MAX_BODY_BYTES } from "./read-body";
import { defineRoute } from "./route-definition";
import { withApiKey } from "./with-api-key";

// The conventions, on routes defined here so each behaviour can be provoked on purpose.

const echoRoute = defineRoute({
  method: "POST",
  path: "/test/echo",
  operationId: "testEcho",
  summary: "Echo",
  tags: ["Test"],
  body: z.object({ name: z.string().min(2), nested: z.object({ count: z.number().int() }) }),
  responses: { 201: { description: "Echoed", schema: z.object({ name: z.string(), businessId: z.string() }) } },
});

let behaviour: () => Promise<void> = async () => {};
const echo = withApiKey(
  async ({ principal, body }) => {
    await behaviour();
    return {
      status: 201,
      body: { name: body.name, businessId: principal.businessId, internal: "stripped by the schema" },
    };
  },
  { route: echoRoute },
);

const badOutput = withApiKey(async () => ({ status: 200, body: { count: "not a number" as unknown as number } }), {
  route: defineRoute({
    method: "GET",
    path: "/test/bad",
    operationId: "testBad",
    summary: "Bad",
    tags: ["Test"],
    responses: { 200: { description: "", schema: z.object({ count: z.number() }) } },
  }),
});

const valid = { name: "Ada", nested: { count: 1 } };
let key = "";
let businessId = "";

beforeAll(async () => {
  ({ apiKey: key, id: businessId } = await createTestBusiness({ name: "Conventions Co" }));
});
afterEach(() => {
  behaviour = async () => {};
  vi.restoreAllMocks();
});

describe("authentication", () => {
  it("answers 401 with the error envelope and WWW-Authenticate when the key is missing", async () => {
    const response = await callApi(echo, "/test/echo", { method: "POST", body: valid });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it.each([["Bearer lx_test_not-a-real-key"], ["Basic dXNlcjpwYXNz"], ["Bearer"], [`Bearer ${"x".repeat(300)}`]])(
    "answers 401 for %s",
    async (authorization) => {
      const response = await callApi(echo, "/test/echo", { method: "POST", body: valid, headers: { authorization } });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe("UNAUTHORIZED");
    },
  );

  it("answers 401 for a revoked key", async () => {
    const revoked = await createTestBusiness({ name: "Revoked Co" });
    await db().apiKey.update({ where: { id: revoked.apiKeyId }, data: { revokedAt: new Date() } });
    const response = await callApi(echo, "/test/echo", { method: "POST", key: revoked.apiKey, body: valid });
    expect(response.status).toBe(401);
  });

  it("passes the key's business to the handler", async () => {
    const response = await callApi(echo, "/test/echo", { method: "POST", key, body: valid });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ name: "Ada", businessId });
  });
});

describe("request errors", () => {
  it("answers 400 for a body that is not JSON", async () => {
    const response = await callApi(echo, "/test/echo", { method: "POST", key, rawBody: "{ name: Ada" });
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({ code: "BAD_REQUEST", message: "The request body is not valid JSON" });
  });

  it("answers 400 for an empty body", async () => {
    const response = await callApi(echo, "/test/echo", { method: "POST", key, rawBody: "" });
    expect(response.status).toBe(400);
  });

  it("answers 413 for a body over the limit, counted as it arrives", async () => {
    const response = await callApi(echo, "/test/echo", {
      method: "POST",
      key,
      body: { name: "x".repeat(MAX_BODY_BYTES) },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers 413 at once when Content-Length says the body is too large", async () => {
    const headers = { "content-length": String(MAX_BODY_BYTES + 1) };
    const response = await callApi(echo, "/test/echo", { method: "POST", key, body: valid, headers });
    expect(response.status).toBe(413);
  });

  it("answers 422 naming every invalid field", async () => {
    const response = await callApi(echo, "/test/echo", {
      method: "POST",
      key,
      body: { name: "A", nested: { count: 1.5 } },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("UNPROCESSABLE");
    expect(response.body.error.details).toEqual([
      { in: "body", field: "name", message: expect.any(String) },
      { in: "body", field: "nested.count", message: expect.any(String) },
    ]);
  });
});

describe("text PostgreSQL cannot store", () => {
  it.each([
    ["a NUL", '{"name":"Ad\\u0000a","nested":{"count":1}}', "name"],
    ["a lone surrogate", '{"name":"Ada","nested":{"count":1,"note":"\\ud83d"}}', "nested.note"],
    ["a NUL in a key", '{"name":"Ada","nested":{"count":1},"x\\u0000":1}', "x\\u0000"],
  ])("answers 422 naming the field for %s, before the handler runs", async (_label, rawBody, field) => {
    let ran = false;
    behaviour = async () => {
      ran = true;
    };
    const response = await callApi(echo, "/test/echo", { method: "POST", key, rawBody });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: "UNPROCESSABLE",
      details: [{ in: "body", field, message: expect.any(String) }],
    });
    expect(ran).toBe(false);
  });
});

describe("handler errors", () => {
  it("maps an AppError to its status, code, message and details", async () => {
    behaviour = async () => {
      throw new AppError("CONFLICT", "Already there", { field: "name" });
    };
    const response = await callApi(echo, "/test/echo", { method: "POST", key, body: valid });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: { code: "CONFLICT", message: "Already there", details: { field: "name" } },
    });
  });

  it("maps a ZodError to 422 with the field paths", async () => {
    behaviour = async () => {
      z.object({ phoneNumber: z.string() }).parse({});
    };
    const response = await callApi(echo, "/test/echo", { method: "POST", key, body: valid });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([{ in: "body", field: "phoneNumber", message: expect.any(String) }]);
  });

  it("answers 500 without detail for an unknown error, and logs the real one", async () => {
    const logs = captureLogsForTests();
    behaviour = async () => {
      throw new Error("connection to 10.0.0.5 refused");
    };
    const response = await callApi(echo, "/test/echo", { method: "POST", key, body: valid });
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: "INTERNAL", message: "Something went wrong" } });
    logs.restore();
    expect(logs.text()).toContain("connection to 10.0.0.5 refused");
  });

  it("answers 500 when a handler's output does not match its response schema", async () => {
    const logs = captureLogsForTests();
    const response = await callApi(badOutput, "/test/bad", { key });
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe("INTERNAL");
    logs.restore();
  });
});
