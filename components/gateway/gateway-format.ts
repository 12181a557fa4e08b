import { formatMoney as formatIntlMoney } from "@/server/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import type { Translator } from "@/server/i18n/translator";

// How the Gateway words money, masked details and statuses for a customer, in their language.

export const formatMoney = (amount: string, currency = "USD", locale: Locale = DEFAULT_LOCALE) => {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return formatIntlMoney(value, currency, locale);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
};

/** "Ada L." — enough to recognise yourself, not enough to learn someone's name. */
export const maskName = (firstName: string | null, lastName: string | null) =>
  [firstName?.trim(), lastName?.trim() ? `${lastName.trim()[0]}.` : ""].filter(Boolean).join(" ");

/** "a•••@example.com" */
export const maskEmail = (email: string | null) => {
  if (!email) return null;
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
};

/** "•••• 4567" */
export const maskPhone = (phone: string | null) => {
  const digits = phone?.replace(/\D/g, "") ?? "";
  return digits.length >= 4 ? `•••• ${digits.slice(-4)}` : null;
};

type Payment = { transactionType: "SEND" | "REQUEST"; amount: string; currency: string };

/** "Demo Co requests $125.00 from Checking account •••• 6789" or "Demo Co sends you $20.00 to Card •••• 4242". */
export const describePayment = (
  t: Translator,
  locale: Locale,
  businessName: string,
  payment: Payment,
  accountLabel: string | null,
) => {
  const amount = formatMoney(payment.amount, payment.currency, locale);
  const args = { business: businessName, amount, account: accountLabel ?? "" };
  if (payment.transactionType === "SEND")
    return t(accountLabel ? "gateway.payment.sendsTo" : "gateway.payment.sends", args);
  return t(accountLabel ? "gateway.payment.requestsFrom" : "gateway.payment.requests", args);
};

/** "Checking account •••• 6789", "Tarjeta •••• 4242". */
export const describeAccount = (
  t: Translator,
  account: { kind: "CARD" | "CHECKING" | "SAVING"; lastFour: string } | null,
) => (account ? t("gateway.account", { kind: account.kind, lastFour: account.lastFour }) : null);

const FINAL_STATUSES = new Set(["SETTLED", "CLEARED", "DECLINED", "CANCELLED", "ERROR", "REVERSED"]);

export const isFinalTransactionStatus = (status: string) => FINAL_STATUSES.has(status);

const WORDED = new Set([
  "NEW",
  "PENDING",
  "PROCESSING",
  "SETTLED",
  "CLEARED",
  "DECLINED",
  "CANCELLED",
  "REVERSED",
  "ERROR",
]);

/** A transaction's status in words, from the customer's side of it. */
export const transactionStatusWords = (t: Translator, status: string, transactionType: "SEND" | "REQUEST") => {
  const key = (
    status === "SETTLED" && transactionType === "SEND" ? "SETTLED_SEND" : WORDED.has(status) ? status : "OTHER"
  ) as "OTHER";
  return { label: t(`gateway.transaction.${key}.label`), detail: t(`gateway.transaction.${key}.detail`) };
};

export const DECLINE_REASONS = [
  "DONT_KNOW_BUSINESS_SENDER",
  "INCORRECT_AMOUNT",
  "INCORRECT_DETAILS",
  "NO_LONGER_NEEDED",
  "OTHER",
] as const;

export type DeclineReasonValue = (typeof DECLINE_REASONS)[number];

export const isDeclineReason = (value: unknown): value is DeclineReasonValue =>
  DECLINE_REASONS.some((reason) => reason === value);
