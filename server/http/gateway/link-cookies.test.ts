import { describe, expect, it } from "vitest";
import { answeredMarkValue, isAnsweredMarkValid } from "@/server/auth/gateway-answered-mark";
import { linkCookieOptions, linkPath } from "./link-cookies";

describe("link cookies", () => {
  it("accepts the answered mark only for its own workflow", () => {
    const mark = answeredMarkValue("wf_1");
    expect(isAnsweredMarkValid(mark, "wf_1")).toBe(true);
    expect(isAnsweredMarkValid(mark, "wf_2")).toBe(false);
    expect(isAnsweredMarkValid(undefined, "wf_1")).toBe(false);
    expect(isAnsweredMarkValid("", "wf_1")).toBe(false);
  });

  it("scopes cookies to the one link, httpOnly and lax", () => {
    const token = "A".repeat(43);
    expect(linkCookieOptions(token, 60)).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: `/l/${token}`,
      maxAge: 60,
    });
    expect(linkPath("a/b?c")).toBe("/l/a%2Fb%3Fc");
  });
});
