import type { Locale } from "@/server/i18n/locales";
import type { Translator } from "@/server/i18n/translator";
import { describePayment, formatMoney } from "./gateway-format";

type Payment = {
  transactionType: "SEND" | "REQUEST";
  amount: string;
  currency: string;
  solution: string;
  description?: string;
  memo?: string;
};

const SOLUTIONS = new Set(["ach", "push-to-card", "wire"]);

/** The payment as the customer agrees to it: who, how much, which account, why. */
export const PaymentReview = ({
  businessName,
  payment,
  accountLabel,
  t,
  locale,
}: {
  businessName: string;
  payment: Payment;
  accountLabel: string | null;
  t: Translator;
  locale: Locale;
}) => {
  const rows = [
    {
      label: t("gateway.payment.method"),
      value: SOLUTIONS.has(payment.solution)
        ? t(`gateway.payment.solutions.${payment.solution as "ach"}`)
        : payment.solution,
    },
    { label: t("gateway.payment.description"), value: payment.description },
    { label: t("gateway.payment.memo"), value: payment.memo },
  ].filter((row) => row.value);
  return (
    <div className="rounded-lg border border-slate-300">
      <div className="border-b border-slate-200 px-4 py-4 text-center">
        <p className="text-sm font-medium text-slate-600">
          {t(payment.transactionType === "SEND" ? "gateway.payment.youReceive" : "gateway.payment.youPay")}
        </p>
        <p className="mt-1 text-3xl font-bold text-slate-900">
          {formatMoney(payment.amount, payment.currency, locale)}
        </p>
        <p className="mt-2 text-base text-slate-800">
          {describePayment(t, locale, businessName, payment, accountLabel)}
        </p>
      </div>
      <dl className="divide-y divide-slate-200">
        {rows.map((row) => (
          <div key={row.label} className="flex justify-between gap-4 px-4 py-3">
            <dt className="text-sm text-slate-600">{row.label}</dt>
            <dd className="text-right text-base text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
};
