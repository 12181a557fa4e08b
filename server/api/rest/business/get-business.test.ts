import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v2/business/route";
import { SYSTEM } from "@/server/services/actor";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { createTestBusiness } from "@/server/testing/factories";
import { callApi } from "@/server/api/rest/api-test-kit";

describe("GET /business", () => {
  it("answers the key's own business and the key's mode, nothing more", async () => {
    const { apiKey: key, ...business } = await createTestBusiness({ name: "Own Business Co" });
    const response = await callApi(GET, "/business", { key });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: business.id, name: "Own Business Co", mode: "SANDBOX" });
  });

  it("tells a live key from a sandbox key", async () => {
    const business = await createTestBusiness({ name: "Live Co" });
    const live = await createApiKey({ businessId: business.id, name: "Live", mode: "LIVE", actor: SYSTEM });
    expect(live.key.startsWith("lx_live_")).toBe(true);
    expect((await callApi(GET, "/business", { key: live.key })).body.mode).toBe("LIVE");
  });

  it("answers 401 without a key", async () => {
    expect((await callApi(GET, "/business")).status).toBe(401);
  });
});
