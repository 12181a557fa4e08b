import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { parsePhoneNumber, phoneCountry, toE164, zPhoneNumber } from "./phone-number";

describe("phone numbers", () => {
  it.each([
    ["+14155550123", "+14155550123"],
    ["+1 (415) 555-0123", "+14155550123"],
    [" +44 7911 123456 ", "+447911123456"],
    ["+33 6 12 34 56 78", "+33612345678"],
  ])("normalizes %s to E.164", (input, e164) => {
    expect(toE164(input)).toBe(e164);
    expect(parsePhoneNumber(input)).toBe(e164);
  });

  it.each(["4155550123", "+1555", "+15551234567", "+999123", "hello", ""])("refuses %j", (input) => {
    expect(toE164(input)).toBeNull();
    expect(() => parsePhoneNumber(input, "to")).toThrow(AppError);
    try {
      parsePhoneNumber(input, "to");
    } catch (error) {
      expect(error).toMatchObject({ code: "UNPROCESSABLE", status: 422, details: { field: "to" } });
      expect((error as Error).message).toMatch(/^to must be a valid phone number/);
    }
  });

  it("works as a zod schema", () => {
    expect(zPhoneNumber.parse("+1 415 555 0123")).toBe("+14155550123");
    expect(zPhoneNumber.safeParse("555").success).toBe(false);
  });
});

describe("the remembered answers", () => {
  it("give the same answers on a second look, for valid, invalid and long inputs alike", () => {
    const inputs = [
      "+1 (415) 555-0123",
      "+14155550123",
      "+447400123456",
      "+15555550123",
      "+1415",
      `+1${"4".repeat(100)}`,
    ];
    const first = inputs.map((input) => [toE164(input), phoneCountry(input)]);
    // Enough other numbers to push the first ones out, then the same questions again.
    for (let i = 0; i < 600; i++) toE164(`+1415555${String(i).padStart(4, "0")}`);
    expect(inputs.map((input) => [toE164(input), phoneCountry(input)])).toEqual(first);
    expect(inputs.map((input) => [toE164(input), phoneCountry(input)])).toEqual(first);
    expect(first.slice(0, 3)).toEqual([
      ["+14155550123", "US"],
      ["+14155550123", "US"],
      ["+447400123456", "GB"],
    ]);
  });
});
