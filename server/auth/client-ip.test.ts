import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { clientIp } from "./client-ip";

const withHops = (hops: number | undefined) => {
  if (hops === undefined) delete process.env.TRUSTED_PROXY_HOPS;
  else process.env.TRUSTED_PROXY_HOPS = String(hops);
  resetEnvForTests();
};

afterEach(() => withHops(undefined));

describe("client IP", () => {
  it("trusts no address without a proxy: the header is the client's own words", () => {
    withHops(undefined);
    const forged = new Headers({ "x-forwarded-for": "198.51.100.9" });
    // Not for sign-in limits, and not recorded in audit entries or acceptances either.
    expect(clientIp(forged)).toBeUndefined();
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBeUndefined();
    expect(clientIp(new Headers())).toBeUndefined();
  });

  it("behind n appending proxies, takes the n-th entry from the right, whatever the client put before it", () => {
    withHops(1);
    // The client sent "X-Forwarded-For: 198.51.100.9"; the proxy appended the address it saw.
    const headers = new Headers({ "x-forwarded-for": "198.51.100.9, 203.0.113.7" });
    expect(clientIp(headers)).toBe("203.0.113.7");
    expect(clientIp(headers)).toBe("203.0.113.7");
    withHops(2);
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.9, 203.0.113.7, 10.0.0.2" }))).toBe("203.0.113.7");
    // Fewer entries than proxies (a request that came in past the outer one): the leftmost.
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientIp(new Headers())).toBeUndefined();
  });
});
