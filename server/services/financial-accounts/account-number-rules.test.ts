import { describe, expect, it } from "vitest";
import { isUnexpiredCard, isValidRoutingNumber, passesLuhn } from "./account-number-rules";

describe("account number rules", () => {
  it("checks the ABA routing checksum", () => {
    expect(isValidRoutingNumber("011000015")).toBe(true);
    expect(isValidRoutingNumber("021000021")).toBe(true);
    expect(isValidRoutingNumber("021000022")).toBe(false);
    expect(isValidRoutingNumber("12345678")).toBe(false);
  });

  it("checks the Luhn digit of card numbers", () => {
    expect(passesLuhn("4242424242424242")).toBe(true);
    expect(passesLuhn("4242424242424241")).toBe(false);
    expect(passesLuhn("42424242a2424242")).toBe(false);
  });

  it("refuses expired cards", () => {
    const now = new Date(Date.UTC(2026, 10, 24));
    expect(isUnexpiredCard("11/26", now)).toBe(true);
    expect(isUnexpiredCard("10/26", now)).toBe(false);
    expect(isUnexpiredCard("01/31", now)).toBe(true);
  });
});
