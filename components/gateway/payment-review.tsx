import { SOLUTION_LABELS, describePayment, formatMoney } from "./gateway-format";

type Payment = { transactionType: "SEND" | "REQUEST"; amount: string; currency: string; solution: string; description?: string; memo?: string };

/** The payment as the customer agrees to it: who, how much, which account, why. */
export const PaymentReview = ({ businessName, payment, accountLabel }: { businessName: string; payment: Payment; accountLabel: string | null }) => {
  const rows = [
    { label: "Method", value: SOLUTION_LABELS[payment.solution] ?? payment.solution },
    { label: "Description", value: payment.description },
    { label: "Memo", value: payment.memo },
  ].filter((row) => row.value);
  return (
    <div className="rounded-lg border border-slate-300">
      <div className="border-b border-slate-200 px-4 py-4 text-center">
        <p className="text-sm font-medium text-slate-600">{payment.transactionType === "SEND" ? "You receive" : "You pay"}</p>
        <p className="mt-1 text-3xl font-bold text-slate-900">{formatMoney(payment.amount, payment.currency)}</p>
        <p className="mt-2 text-base text-slate-800">{describePayment(businessName, payment, accountLabel)}</p>
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
