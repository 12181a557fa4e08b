import { describe, expect, it } from "vitest";
import { isGsm7, smsSegments } from "@/server/sms/sms-segments";
import { composeLinkMessage, LINK_PLACEHOLDER, renderLink } from "./link-message";

const appUrl = "https://linx.example.com";
const link = `${appUrl}/l/${"a".repeat(43)}`;
const base = {
  kind: "INITIAL" as const,
  senderName: "Demo Co",
  title: "Confirm your rent payment",
  expireAt: new Date("2027-02-22T00:00:00Z"),
  appUrl,
};

describe("composeLinkMessage", () => {
  it("carries the business, the ask, the memo and the link", () => {
    const body = composeLinkMessage({ ...base, memo: "March rent, unit 4B" });
    expect(body).toContain(LINK_PLACEHOLDER);
    const sent = renderLink(body, link);
    expect(sent).toMatch(
      /^Demo Co: Confirm your rent payment\. March rent, unit 4B\. Open https:\/\/linx\.example\.com\/l\/a{43} \(valid until Feb 22\)/,
    );
    expect(smsSegments(sent)).toBeLessThanOrEqual(2);
  });

  it("shortens a long memo, then a long title, to stay within two segments", () => {
    const sent = renderLink(composeLinkMessage({ ...base, title: "T".repeat(400), memo: "M".repeat(400) }), link);
    expect(smsSegments(sent)).toBe(2);
    expect(sent).toContain(link);
    expect(sent).toContain("Reply STOP");
  });

  it("counts unicode text in UCS-2 segments and still fits", () => {
    const sent = renderLink(
      composeLinkMessage({ ...base, senderName: "Café Ünïcode 😀", memo: "Merci beaucoup ✨".repeat(10) }),
      link,
    );
    expect(smsSegments(sent)).toBeLessThanOrEqual(2);
    expect(sent).toContain(link);
  });

  it("cuts a GSM text with three dots, so it keeps the GSM alphabet and all of its two segments", () => {
    const sent = renderLink(composeLinkMessage({ ...base, title: "T".repeat(400), memo: "M".repeat(400) }), link);
    expect(isGsm7(sent)).toBe(true);
    expect(sent).toMatch(/^Demo Co: T+\.\.\. /);
    expect(sent.length).toBeGreaterThan(300);
    expect(smsSegments(sent)).toBe(2);
  });

  it("stays within two segments whatever the sender name, the kind of text and the alphabet", () => {
    for (const senderName of ["X", "ABCDEFGHIJK", "Sender Test Company Holdings", "Café Ünïcode 😀", "S".repeat(80)])
      for (const kind of ["INITIAL", "MANUAL", "REMINDER"] as const)
        for (const title of ["Rent", "T".repeat(400), "Loyer de mars ✨".repeat(20)]) {
          const sent = renderLink(
            composeLinkMessage({ ...base, kind, senderName, title, memo: "M".repeat(200) }),
            link,
          );
          expect(smsSegments(sent), `${kind} from ${senderName}: ${sent}`).toBeLessThanOrEqual(2);
          expect(sent).toContain(link);
        }
  });

  it("says reminder on reminders", () => {
    expect(composeLinkMessage({ ...base, kind: "REMINDER" })).toMatch(/^Reminder from Demo Co:/);
  });
});
