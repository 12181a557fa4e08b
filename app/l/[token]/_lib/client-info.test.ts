import { describe, expect, it } from "vitest";
import { clientInfoFrom } from "./client-info";

describe("clientInfoFrom", () => {
  it("takes the first forwarded hop, then X-Real-IP, then nothing", () => {
    expect(clientInfoFrom(new Headers({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1", "user-agent": "Phone" }))).toEqual({ ipAddress: "203.0.113.7", userAgent: "Phone" });
    expect(clientInfoFrom(new Headers({ "x-real-ip": "198.51.100.2" }))).toEqual({ ipAddress: "198.51.100.2", userAgent: null });
    expect(clientInfoFrom(new Headers())).toEqual({ ipAddress: null, userAgent: null });
  });

  it("bounds what it keeps", () => {
    const info = clientInfoFrom(new Headers({ "x-forwarded-for": "9".repeat(100), "user-agent": "u".repeat(1000) }));
    expect(info.ipAddress).toHaveLength(64);
    expect(info.userAgent).toHaveLength(512);
  });
});
