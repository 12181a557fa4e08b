import { describe, expect, it } from "vitest";
import { smsKeyword } from "./sms-keywords";

describe("smsKeyword", () => {
  it.each([
    ["STOP", "STOP"],
    [" stop ", "STOP"],
    ["Stop.", "STOP"],
    ["stop  all", "STOP"],
    ["Unsubscribe", "STOP"],
    ["start", "START"],
    ["UNSTOP", "START"],
    ["help?", "HELP"],
    ["info", "HELP"],
  ])("reads %j as %s", (body, keyword) => {
    expect(smsKeyword(body)).toBe(keyword);
  });

  it.each(["please stop texting", "stopped", "", "Yes please", "thanks"])("ignores %j", (body) => {
    expect(smsKeyword(body)).toBeNull();
  });
});
