import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { clientInfoFrom } from "./client-info";

const withHops = (hops?: number) => {
  if (hops === undefined) delete process.env.TRUSTED_PROXY_HOPS;
  else process.env.TRUSTED_PROXY_HOPS = String(hops);
  resetEnvForTests();
};

afterEach(() => withHops());

describe("clientInfoFrom", () => {
  it("keeps the address the trusted proxy saw, never one the phone wrote itself", () => {
    withHops(1);
    expect(
      clientInfoFrom(new Headers({ "x-forwarded-for": " 198.51.100.9 , 203.0.113.7", "user-agent": "Phone" })),
    ).toEqual({ ipAddress: "203.0.113.7", userAgent: "Phone" });
    withHops(0);
    expect(clientInfoFrom(new Headers({ "x-forwarded-for": "198.51.100.9", "user-agent": "Phone" }))).toEqual({
      ipAddress: null,
      userAgent: "Phone",
    });
    expect(clientInfoFrom(new Headers({ "x-real-ip": "198.51.100.2" }))).toEqual({ ipAddress: null, userAgent: null });
  });

  it("bounds what it keeps", () => {
    withHops(1);
    const info = clientInfoFrom(new Headers({ "x-forwarded-for": "9".repeat(100), "user-agent": "u".repeat(1000) }));
    expect(info.ipAddress).toHaveLength(64);
    expect(info.userAgent).toHaveLength(512);
  });
});
