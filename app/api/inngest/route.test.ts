import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { GET, POST } from "./route";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const request = (method: string) => new NextRequest("http://localhost:3999/api/inngest", { method });

describe("/api/inngest", () => {
  it("answers 404, not 500, while the in-process runner is in charge", async () => {
    delete process.env.INNGEST_SIGNING_KEY;
    delete process.env.INNGEST_DEV;
    resetEnvForTests();
    for (const handler of [GET, POST]) {
      const response = await handler(request("GET"), { params: Promise.resolve({}) });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("serves the Inngest functions once Inngest is configured", async () => {
    process.env.INNGEST_DEV = "1";
    resetEnvForTests();
    const response = await GET(request("GET"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ function_count: 6 }); // the sweep, four lanes, housekeeping
  });
});
