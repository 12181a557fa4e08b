import type { Translator } from "@/server/i18n/translator";
import { maskEmail, maskName, maskPhone } from "./gateway-format";

type Customer = { firstName: string | null; lastName: string | null; email: string | null; phoneNumber: string | null };

/** The details the business holds, masked: enough to recognise, not to learn. */
export const ProfileSummary = ({ customer, t }: { customer: Customer | null; t: Translator }) => {
  const rows = [
    {
      label: t("gateway.lookupProfile.name"),
      value: customer ? maskName(customer.firstName, customer.lastName) : null,
    },
    { label: t("gateway.lookupProfile.email"), value: maskEmail(customer?.email ?? null) },
    { label: t("gateway.lookupProfile.mobile"), value: maskPhone(customer?.phoneNumber ?? null) },
  ].filter((row) => row.value);
  return (
    <dl className="divide-y divide-slate-200 rounded-lg border border-slate-300">
      {rows.map((row) => (
        <div key={row.label} className="flex justify-between gap-4 px-4 py-3">
          <dt className="text-sm text-slate-600">{row.label}</dt>
          <dd className="text-right text-base font-medium text-slate-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
};
