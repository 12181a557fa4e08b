// How the Gateway words money, masked details and statuses for a customer.

export const formatMoney = (amount: string, currency = "USD") => {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(value);
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
export const describePayment = (businessName: string, payment: Payment, accountLabel: string | null) => {
  const money = formatMoney(payment.amount, payment.currency);
  if (payment.transactionType === "SEND") return `${businessName} sends you ${money}${accountLabel ? ` to ${accountLabel}` : ""}`;
  return `${businessName} requests ${money}${accountLabel ? ` from ${accountLabel}` : ""}`;
};

export const SOLUTION_LABELS: Record<string, string> = {
  ach: "Bank transfer (ACH)",
  "push-to-card": "Instant transfer to card",
  wire: "Wire transfer",
};

const FINAL_STATUSES = new Set(["SETTLED", "CLEARED", "DECLINED", "CANCELLED", "ERROR", "REVERSED"]);

export const isFinalTransactionStatus = (status: string) => FINAL_STATUSES.has(status);

/** A transaction's status in words, from the customer's side of it. */
export const transactionStatusWords = (status: string, transactionType: "SEND" | "REQUEST") => {
  switch (status) {
    case "NEW":
      return { label: "Received", detail: "We have your confirmation and are starting the payment." };
    case "PENDING":
      return { label: "Pending", detail: "The payment is queued with the bank." };
    case "PROCESSING":
      return { label: "Processing", detail: "The bank is processing the payment." };
    case "SETTLED":
      return { label: transactionType === "SEND" ? "Sent" : "Complete", detail: transactionType === "SEND" ? "The money is on its way to your account." : "The payment is complete." };
    case "CLEARED":
      return { label: "Complete", detail: "The payment is complete." };
    case "DECLINED":
      return { label: "Declined", detail: "The bank declined the payment. The business will contact you." };
    case "CANCELLED":
      return { label: "Cancelled", detail: "The payment was cancelled." };
    case "REVERSED":
      return { label: "Reversed", detail: "The payment was reversed." };
    case "ERROR":
      return { label: "Not completed", detail: "Something went wrong with the payment. The business will contact you." };
    default:
      return { label: "In progress", detail: "The payment is under way." };
  }
};

export const SUBTYPE_WORDS: Record<string, string> = {
  CHECKING: "checking account",
  SAVING: "savings account",
  CREDIT: "credit card",
  DEBIT: "debit card",
};

export const DECLINE_REASONS = [
  { value: "DONT_KNOW_BUSINESS_SENDER", label: "I don't know who sent this" },
  { value: "INCORRECT_AMOUNT", label: "The amount is wrong" },
  { value: "INCORRECT_DETAILS", label: "Some details are wrong" },
  { value: "NO_LONGER_NEEDED", label: "I no longer need this" },
  { value: "OTHER", label: "Something else" },
] as const;

export type DeclineReasonValue = (typeof DECLINE_REASONS)[number]["value"];

export const isDeclineReason = (value: unknown): value is DeclineReasonValue =>
  DECLINE_REASONS.some((reason) => reason.value === value);
