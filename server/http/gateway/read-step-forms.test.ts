import { describe, expect, it } from "vitest";
import {
  ZBankAccountInput,
  ZCardInput,
  ZCustomerAccountInput,
  ZDeclineInput,
  ZEnhanceProfileInput,
} from "@/server/services/gateway/gateway-inputs";
import {
  echoValues,
  normalizeExpiry,
  normalizePhone,
  readCustomerAccount,
  readDecline,
  readDocumentVersionIds,
  readEnhancedProfile,
  readFinancialAccount,
  text,
} from "./read-step-forms";

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) for (const v of [value].flat()) data.append(name, v);
  return data;
};

describe("reading Gateway forms", () => {
  it("reads text fields, missing ones and files as empty, and caps their length", () => {
    const data = form({ a: "x".repeat(5000) });
    data.append("file", new Blob(["hi"]), "f.txt");
    expect(text(data, "a")).toHaveLength(2000);
    expect(text(data, "missing")).toBe("");
    expect(text(data, "file")).toBe("");
  });

  it("reads a customer account the service schema accepts, with an empty email left out", () => {
    const input = readCustomerAccount(form({ firstName: " Ada ", lastName: "Lovelace", email: "" }));
    expect(ZCustomerAccountInput.parse(input)).toEqual({ firstName: "Ada", lastName: "Lovelace", email: undefined });
  });

  it("reads only the addresses and phones the form showed, and normalises phones", () => {
    const input = readEnhancedProfile(
      form({
        dateOfBirth: "1990-04-25",
        "addresses.MAILING.line1": "1 Main St",
        "addresses.MAILING.line2": "",
        "addresses.MAILING.city": "Springfield",
        "addresses.MAILING.region": "",
        "addresses.MAILING.postalCode": "12345",
        "addresses.MAILING.country": "us",
        "phones.WORK": "+1 (415) 555-0123",
      }),
    );
    expect(input.salutation).toBeUndefined();
    expect(Object.keys(input.addresses)).toEqual(["MAILING"]);
    expect(input.phones).toEqual({ WORK: "+14155550123" });
    const parsed = ZEnhanceProfileInput.parse(input);
    expect(parsed.addresses.MAILING).toEqual({
      line1: "1 Main St",
      line2: undefined,
      city: "Springfield",
      region: undefined,
      postalCode: "12345",
      country: "US",
    });
  });

  it("posts a shown but empty salutation or birth date so the schema names it with the other problems", () => {
    const input = readEnhancedProfile(form({ salutation: "", dateOfBirth: "", "addresses.PHYSICAL.line1": "" }));
    const result = ZEnhanceProfileInput.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["salutation", "dateOfBirth", "addresses.PHYSICAL.line1", "addresses.PHYSICAL.city"]),
    );
  });

  it("normalises what people type for phones and expiry dates", () => {
    expect(normalizePhone("+44 20 7946.0958")).toBe("+442079460958");
    expect(normalizeExpiry("0429")).toBe("04/29");
    expect(normalizeExpiry("4/29")).toBe("04/29");
    expect(normalizeExpiry("429")).toBe("04/29");
    expect(normalizeExpiry(" 12 / 30 ")).toBe("12/30");
    expect(normalizeExpiry("April")).toBe("April");
  });

  it("reads a bank account or a card by the form's kind", () => {
    const bank = readFinancialAccount(
      form({ kind: "bank", holderName: "Ada", routingNumber: "021 000 021", accountNumber: "0001 2345 6789" }),
    );
    expect(ZBankAccountInput.parse(bank)).toEqual({
      kind: "bank",
      holderName: "Ada",
      routingNumber: "021000021",
      accountNumber: "000123456789",
    });
    const card = readFinancialAccount(
      form({ kind: "card", holderName: "Ada", cardNumber: "4242 4242 4242 4242", expiry: "1230" }),
    );
    expect(ZCardInput.parse(card)).toEqual({
      kind: "card",
      holderName: "Ada",
      cardNumber: "4242424242424242",
      expiry: "12/30",
    });
    expect(readFinancialAccount(form({})).kind).toBe("bank");
  });

  it("reads the ticked document versions, ignoring junk", () => {
    expect(readDocumentVersionIds(form({ documentVersionIds: ["v1", "", "x".repeat(65), "v2"] }))).toEqual([
      "v1",
      "v2",
    ]);
    expect(readDocumentVersionIds(form({}))).toEqual([]);
  });

  it("reads a decline the schema checks: OTHER needs words", () => {
    expect(ZDeclineInput.safeParse(readDecline(form({ reason: "OTHER", text: " " }))).success).toBe(false);
    expect(ZDeclineInput.parse(readDecline(form({ reason: "OTHER", text: "Moved out" })))).toEqual({
      reason: "OTHER",
      text: "Moved out",
    });
    expect(ZDeclineInput.safeParse(readDecline(form({}))).success).toBe(false);
  });

  it("echoes back only the fields it is given", () => {
    expect(
      echoValues(form({ holderName: "Ada", accountNumber: "123456789" }), ["holderName", "routingNumber"]),
    ).toEqual({ holderName: "Ada" });
  });
});
