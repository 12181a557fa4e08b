import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GATEWAY_IDLE_SECONDS, gatewaySessionValue, isGatewaySessionValid } from "./gateway-session";

const gate = { authentication: "PASSCODE" as const, passcodeHash: "$2b$10$hash" };
const minutes = (m: number) => m * 60_000;

describe("the Gateway's unlocked-link cookie", () => {
  it("opens the link until it has gone unused for 30 minutes", () => {
    const now = Date.now();
    const cookie = gatewaySessionValue("wf_1", gate, now);
    expect(GATEWAY_IDLE_SECONDS).toBe(1800);
    expect(isGatewaySessionValid(cookie, "wf_1", gate, now)).toBe(true);
    expect(isGatewaySessionValid(cookie, "wf_1", gate, now + minutes(29))).toBe(true);
    expect(isGatewaySessionValid(cookie, "wf_1", gate, now + minutes(31))).toBe(false);
    // Renewed by use: a fresh value counts from its own time.
    expect(
      isGatewaySessionValid(gatewaySessionValue("wf_1", gate, now + minutes(29)), "wf_1", gate, now + minutes(50)),
    ).toBe(true);
  });

  it("refuses another link, another passcode, a moved time and the old cookie without a time", () => {
    const now = Date.now();
    const cookie = gatewaySessionValue("wf_1", gate, now - minutes(40));
    const [, signature] = cookie.split(".");
    expect(isGatewaySessionValid(`${Math.floor(now / 1000)}.${signature}`, "wf_1", gate, now)).toBe(false);
    expect(isGatewaySessionValid(gatewaySessionValue("wf_1", gate, now), "wf_2", gate, now)).toBe(false);
    expect(
      isGatewaySessionValid(gatewaySessionValue("wf_1", gate, now), "wf_1", { ...gate, passcodeHash: "other" }, now),
    ).toBe(false);
    const untimed = createHmac("sha256", process.env.AUTH_SECRET!)
      .update(`gateway:wf_1:passcode:${gate.passcodeHash}`)
      .digest("base64url");
    for (const value of [untimed, "", ".", "x.y", `${"9".repeat(20)}.${signature}`, undefined])
      expect(isGatewaySessionValid(value, "wf_1", gate, now)).toBe(false);
  });
});
