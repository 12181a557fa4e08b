import { describe, expect, it, vi } from "vitest";
import { endlessBody, streamingPost } from "@/server/testing/endless-body";

// No next-auth request scope in a unit test: nobody is signed in.
vi.mock("@/server/auth/session-user", () => ({ getSessionUser: async () => null }));

const { POST } = await import("./route");

describe("POST /api/trpc", () => {
  it("stops reading a body past 1 MiB and answers 413 in tRPC's error shape", async () => {
    const { stream, pulled } = endlessBody(64 * 1024);
    const response = await POST(
      streamingPost("http://localhost/api/trpc/settings.update", stream, { "content-type": "application/json" }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } });
    expect(pulled.cancelled).toBe(true);
  });

  it("hands a body under the limit to tRPC as it came", async () => {
    const response = await POST(
      new Request("http://localhost/api/trpc/settings.update", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ businessId: "b1", smsSenderName: "A" }),
      }),
    );
    // Read and parsed by tRPC, which then finds no session.
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { data: { code: "UNAUTHORIZED" } } });
  });
});
