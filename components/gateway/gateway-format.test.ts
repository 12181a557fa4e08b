import { describe, expect, it } from "vitest";
import {
  describePayment,
  formatMoney,
  isDeclineReason,
  isFinalTransactionStatus,
  maskEmail,
  maskName,
  maskPhone,
  transactionStatusWords,
} from "./gateway-format";
import { translator } from "@/server/i18n/translator";

const en = translator("en");
const es = translator("es");
import { fieldId } from "./form-words";

describe("gateway wording", () => {
  it("formats money as a customer reads it", () => {
    expect(formatMoney("125.00")).toBe("$125.00");
    expect(formatMoney("1234567.5", "USD")).toBe("$1,234,567.50");
    expect(formatMoney("9999999999999.99")).toBe("$9,999,999,999,999.99");
    expect(formatMoney("abc")).toBe("abc USD");
    expect(formatMoney("1250", "USD", "es")).toBe("$1,250.00");
  });

  it("says who pays whom, from which account", () => {
    expect(
      describePayment(
        en,
        "en",
        "Demo Co",
        { transactionType: "REQUEST", amount: "125.00", currency: "USD" },
        "Checking account •••• 6789",
      ),
    ).toBe("Demo Co requests $125.00 from Checking account •••• 6789");
    expect(
      describePayment(
        en,
        "en",
        "Demo Co",
        { transactionType: "SEND", amount: "20", currency: "USD" },
        "Card •••• 4242",
      ),
    ).toBe("Demo Co sends you $20.00 to Card •••• 4242");
    expect(describePayment(en, "en", "Demo Co", { transactionType: "SEND", amount: "20", currency: "USD" }, null)).toBe(
      "Demo Co sends you $20.00",
    );
    expect(
      describePayment(
        es,
        "es",
        "Demo Co",
        { transactionType: "REQUEST", amount: "125", currency: "USD" },
        "Cuenta corriente •••• 6789",
      ),
    ).toBe("Demo Co le solicita $125.00 de Cuenta corriente •••• 6789");
  });

  it("masks held details", () => {
    expect(maskName("Ada", "Lovelace")).toBe("Ada L.");
    expect(maskName("Ada", null)).toBe("Ada");
    expect(maskName(null, null)).toBe("");
    expect(maskEmail("ada@example.com")).toBe("a•••@example.com");
    expect(maskEmail("broken")).toBe("•••");
    expect(maskEmail(null)).toBeNull();
    expect(maskPhone("+14155550123")).toBe("•••• 0123");
    expect(maskPhone("12")).toBeNull();
    expect(maskPhone(null)).toBeNull();
  });

  it("puts every transaction status into words and knows which are final", () => {
    for (const status of ["NEW", "PENDING", "PROCESSING"]) expect(isFinalTransactionStatus(status)).toBe(false);
    for (const status of ["SETTLED", "CLEARED", "DECLINED", "CANCELLED", "ERROR", "REVERSED"])
      expect(isFinalTransactionStatus(status)).toBe(true);
    expect(transactionStatusWords(en, "PROCESSING", "REQUEST").label).toBe("Processing");
    expect(transactionStatusWords(en, "SETTLED", "SEND").label).toBe("Sent");
    expect(transactionStatusWords(en, "CLEARED", "REQUEST").label).toBe("Complete");
    expect(transactionStatusWords(en, "SOMETHING_NEW", "SEND").label).toBe("In progress");
    expect(transactionStatusWords(es, "SETTLED", "SEND").label).toBe("Enviado");
  });

  it("knows the decline reasons and makes safe ids", () => {
    expect(isDeclineReason("OTHER")).toBe(true);
    expect(isDeclineReason("other")).toBe(false);
    expect(isDeclineReason(undefined)).toBe(false);
    expect(fieldId("addresses.PHYSICAL.line1")).toBe("f-addresses-PHYSICAL-line1");
    expect(fieldId('x" onload="y')).toBe("f-x--onload--y");
  });
});
