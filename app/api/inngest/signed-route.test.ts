import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { POST } from "./route";

// A file of its own: the Inngest client settles on dev or signed mode at its first request, so
// this must be the first request the module sees.

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe("/api/inngest with a signing key", () => {
  it("refuses an unsigned call to run a function", async () => {
    delete process.env.INNGEST_DEV;
    process.env.INNGEST_SIGNING_KEY = `signkey-prod-${"ab".repeat(32)}`;
    resetEnvForTests();
    const unsigned = new NextRequest("http://localhost:3999/api/inngest?fnId=linx-run-job&stepId=step", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        event: { name: "linx/job.due", data: {} },
        events: [],
        steps: {},
        ctx: { run_id: "r1", attempt: 0 },
      }),
    });
    const response = await POST(unsigned, { params: Promise.resolve({}) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
