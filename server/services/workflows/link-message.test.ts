import { describe, expect, it } from "vitest";
import { smsSegments } from "../../sms/sms-segments";
import { composeLinkMessage, LINK_PLACEHOLDER, renderLink } from "./link-message";

const appUrl = "https://linx.example.com";
const link = `${appUrl}/l/${"a".repeat(43)}`;
const base = { kind: "INITIAL" as const, businessName: "Demo Co", title: "Confirm your rent payment", expireAt: new Date("2027-02-22T00:00:00Z"), appUrl };

describe("composeLinkMessage", () => {
  it("carries the business, the ask, the memo and the link", () => {
    const body = composeLinkMessage({ ...base, memo: "March rent, unit 4B" });
    expect(body).toContain(LINK_PLACEHOLDER);
    const sent = renderLink(body, link);
    expect(sent).toMatch(/^Demo Co: Confirm your rent payment\. March rent, unit 4B\. Open https:\/\/linx\.example\.com\/l\/a{43} \(valid until Feb 22\)/);
    expect(smsSegments(sent)).toBeLessThanOrEqual(2);
  });

  it("shortens a long memo, then a long title, to stay within two segments", () => {
    const sent = renderLink(composeLinkMessage({ ...base, title: "T".repeat(400), memo: "M".repeat(400) }), link);
    expect(smsSegments(sent)).toBe(2);
    expect(sent).toContain(link);
    expect(sent).toContain("Reply STOP");
  });

  it("counts unicode text in UCS-2 segments and still fits", () => {
    const sent = renderLink(composeLinkMessage({ ...base, businessName: "Café Ünïcode 😀", memo: "Merci beaucoup ✨".repeat(10) }), link);
    expect(smsSegments(sent)).toBeLessThanOrEqual(2);
    expect(sent).toContain(link);
  });

  it("says reminder on reminders", () => {
    expect(composeLinkMessage({ ...base, kind: "REMINDER" })).toMatch(/^Reminder from Demo Co:/);
  });
});
