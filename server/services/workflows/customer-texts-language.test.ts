import { describe, expect, it } from "vitest";
import { formatMoney } from "@/server/i18n/format";
import { LOCALES } from "@/server/i18n/locales";
import { isGsm7, smsSegments } from "@/server/sms/sms-segments";
import { revealCodes, smsCodeMessage } from "@/server/services/gateway/sms-code-message";
import { transactionStatusText } from "@/server/services/transactions/notify-transaction-status";
import { composeLinkMessage, expiryMessage, renderLink } from "@/server/contracts/workflows/link-message";

// Every text a customer receives, in each language, within two SMS segments. Spanish á, í, ó, ú
// are not in the GSM-7 alphabet: one of them makes the whole text UCS-2, 70 characters a segment
// (67 per part) instead of 160 (153), so the same words have less than half the room.

const appUrl = "https://linx.example.com";
const link = `${appUrl}/l/${"a".repeat(43)}`;
const expireAt = new Date("2027-03-05T00:00:00Z");
const SENDERS = ["Demo Co", "Sunrise Property Management"];
const TITLES = [
  "Confirm your March rent",
  "Confirme el depósito de garantía y la renta de marzo para el apartamento número 4B",
  "T".repeat(200),
];

const linkTexts = (locale: (typeof LOCALES)[number]) =>
  SENDERS.flatMap((senderName) =>
    TITLES.flatMap((title) =>
      (["INITIAL", "MANUAL", "REMINDER"] as const).map((kind) =>
        renderLink(
          composeLinkMessage({
            kind,
            senderName,
            title,
            memo: "Unidad 4B, renta de marzo ".repeat(4),
            expireAt,
            appUrl,
            locale,
          }),
          link,
        ),
      ),
    ),
  );

const otherTexts = (locale: (typeof LOCALES)[number]) =>
  SENDERS.flatMap((sender) => [
    ...TITLES.map((title) => expiryMessage(sender, title, locale)),
    revealCodes(smsCodeMessage(sender, "123456", locale)),
    ...(["PROCESSING", "SETTLED", "CLEARED", "DECLINED", "ERROR", "REVERSED"] as const).flatMap((status) =>
      (["SEND", "REQUEST"] as const).map(
        (type) =>
          transactionStatusText({
            sender,
            status,
            type,
            amount: formatMoney("12500.00", "USD", locale),
            lastFour: "6789",
            locale,
          })!,
      ),
    ),
  ]);

describe("customer texts in every language", () => {
  it.each(LOCALES)("%s: every text fits in two segments", (locale) => {
    const texts = [...linkTexts(locale), ...otherTexts(locale)];
    const over = texts.filter((text) => smsSegments(text) > 2);
    expect(over).toEqual([]);
  });

  it("speaks the request's language, and English without one", () => {
    const es = renderLink(
      composeLinkMessage({
        kind: "REMINDER",
        senderName: "Demo Co",
        title: "Renta de marzo",
        expireAt,
        appUrl,
        locale: "es",
      }),
      link,
    );
    expect(es).toBe(
      `Recordatorio de Demo Co: Renta de marzo. Abra ${link} (vence el 5 mar). Responda STOP para darse de baja.`,
    );
    const en = renderLink(
      composeLinkMessage({ kind: "INITIAL", senderName: "Demo Co", title: "March rent", expireAt, appUrl }),
      link,
    );
    expect(en).toBe(`Demo Co: March rent. Open ${link} (valid until Mar 5). Reply STOP to opt out.`);
    expect(expiryMessage("Demo Co", "Renta", "es")).toBe(
      'Demo Co: su enlace para "Renta" ha vencido. Contacte a Demo Co si lo sigue necesitando.',
    );
    expect(revealCodes(smsCodeMessage("Demo Co", "123456", "es"))).toMatch(/^Demo Co: 123456 es su clave/);
    expect(
      transactionStatusText({
        sender: "Demo Co",
        status: "CLEARED",
        type: "REQUEST",
        amount: "$125.00",
        lastFour: "6789",
        locale: "es",
      }),
    ).toBe("Demo Co: se ha completado su pago de $125.00 a Demo Co. Gracias.");
  });

  it("words the link texts in GSM-7 Spanish, so a plain title keeps 153 characters a segment", () => {
    const texts = [
      composeLinkMessage({
        kind: "INITIAL",
        senderName: "Demo Co",
        title: "Renta de marzo",
        expireAt,
        appUrl,
        locale: "es",
      }),
      expiryMessage("Demo Co", "Renta de marzo", "es"),
      smsCodeMessage("Demo Co", "123456", "es"),
    ];
    for (const text of texts) expect(isGsm7(revealCodes(renderLink(text, link)))).toBe(true);
  });

  it("counts an accented title as UCS-2 and still fits it, cutting the title rather than the link", () => {
    const title = "Confirme el depósito de garantía y la renta de marzo para el apartamento número 4B";
    const sent = renderLink(
      composeLinkMessage({
        kind: "INITIAL",
        senderName: "Sunrise Property Management",
        title,
        expireAt,
        appUrl,
        locale: "es",
      }),
      link,
    );
    expect(isGsm7(sent)).toBe(false);
    expect(sent.length).toBeGreaterThan(70);
    expect(smsSegments(sent)).toBe(2);
    expect(sent).toContain(link);
    expect(sent).toMatch(/Responda STOP/);
  });
});
