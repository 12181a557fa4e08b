"use client";

import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { Draft } from "./workflow-draft";
import { CheckboxGroup, fieldAria, FormField, RadioGroup } from "./form-field";

type Props = {
  draft: Draft;
  errors: Record<string, string>;
  documents: Array<{ key: string; title: string }>;
  onChange: (patch: Partial<Draft>) => void;
};

const StepBox = ({ title, enabled, onToggle, children }: { title: string; enabled: boolean | null; onToggle?: (on: boolean) => void; children?: React.ReactNode }) => (
  // Switched off, a step is only its legend (its checkbox): no empty box under it.
  <fieldset className={cn("rounded-md border px-4", enabled === false ? "border-transparent pb-0" : "space-y-3 border-slate-200 py-4")}>
    <legend className="px-1 text-sm font-semibold text-slate-900">
      {onToggle ? (
        <label className="flex items-center gap-2">
          <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={Boolean(enabled)} onChange={(e) => onToggle(e.target.checked)} />
          {title}
        </label>
      ) : (
        title
      )}
    </legend>
    {enabled !== false ? children : null}
  </fieldset>
);

/** The steps of a workflow built by hand, in their fixed order, each with its parameters. */
export const ScratchFields = ({ draft, errors, documents, onChange }: Props) => (
  <div className="space-y-4">
    <StepBox title="1. Notification (always first)" enabled={null}>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="phone" label="Customer's mobile number" help="International format, e.g. +14155550123" error={errors["notification.phoneNumber"]}>
          <Input id="phone" type="tel" autoComplete="off" value={draft.phoneNumber} onChange={(e) => onChange({ phoneNumber: e.target.value })} {...fieldAria("phone", errors["notification.phoneNumber"], true)} />
        </FormField>
        <FormField id="intro" label="Introductory message (optional)" help="Replaces the title in the SMS." error={errors["notification.introductoryMessage"]}>
          <Input id="intro" maxLength={320} value={draft.introductoryMessage} onChange={(e) => onChange({ introductoryMessage: e.target.value })} {...fieldAria("intro", errors["notification.introductoryMessage"], true)} />
        </FormField>
      </div>
    </StepBox>

    <StepBox title="2. Customer" enabled={null}>
      <RadioGroup
        legend="Who is the customer?"
        name="customer"
        value={draft.customer}
        onChange={(customer) => onChange({ customer, account: customer === "new" && draft.account === "existing" ? "none" : draft.account })}
        options={[
          { value: "new", label: "A new customer (creates their account)" },
          { value: "existing", label: "An existing customer (confirms their details)" },
        ]}
      />
      {draft.customer === "existing" ? (
        <FormField id="customer-id" label="Customer id" error={errors["lookup-profile.customerId"]}>
          <Input id="customer-id" value={draft.customerId} onChange={(e) => onChange({ customerId: e.target.value })} {...fieldAria("customer-id", errors["lookup-profile.customerId"])} />
        </FormField>
      ) : null}
    </StepBox>

    <StepBox title="Complete the profile" enabled={draft.enhance} onToggle={(enhance) => onChange({ enhance })}>
      <CheckboxGroup legend="Personal information" value={draft.personalInfo} onChange={(personalInfo) => onChange({ personalInfo })} options={[{ value: "salutation", label: "Salutation" }, { value: "dateOfBirth", label: "Date of birth" }]} />
      <CheckboxGroup legend="Addresses" value={draft.address} onChange={(address) => onChange({ address })} options={[{ value: "PHYSICAL", label: "Physical" }, { value: "MAILING", label: "Mailing" }, { value: "SHIPPING", label: "Shipping" }]} />
      <CheckboxGroup legend="Other phone numbers" value={draft.phones} onChange={(phones) => onChange({ phones })} options={[{ value: "HOME", label: "Home" }, { value: "WORK", label: "Work" }]} />
    </StepBox>

    <StepBox title="Payment method" enabled={null}>
      <RadioGroup
        legend="Ask for a payment method?"
        name="account"
        value={draft.account}
        onChange={(account) => onChange({ account })}
        options={[
          { value: "none", label: "No" },
          { value: "new", label: "Add a new account" },
          ...(draft.customer === "existing" ? [{ value: "existing" as const, label: "Confirm an existing account" }] : []),
        ]}
      />
      {draft.account === "new" ? (
        <FormField id="subtype" label="Account type">
          <Select id="subtype" value={draft.subType} onChange={(e) => onChange({ subType: e.target.value as Draft["subType"] })} className="max-w-xs">
            <option value="CHECKING">Checking</option>
            <option value="SAVING">Saving</option>
            <option value="DEBIT">Debit card</option>
            <option value="CREDIT">Credit card</option>
          </Select>
        </FormField>
      ) : null}
      {draft.account === "existing" ? (
        <FormField id="account-id" label="Financial account id" error={errors["lookup-financial-account.customerFinancialAccountId"]}>
          <Input id="account-id" value={draft.accountId} onChange={(e) => onChange({ accountId: e.target.value })} {...fieldAria("account-id", errors["lookup-financial-account.customerFinancialAccountId"])} />
        </FormField>
      ) : null}
    </StepBox>

    <StepBox title="Documents to accept" enabled={null}>
      {documents.length ? (
        <CheckboxGroup legend="Legal documents" value={draft.documents} onChange={(next) => onChange({ documents: next })} options={documents.map((d) => ({ value: d.key, label: d.title }))} />
      ) : (
        <p className="text-sm text-slate-600">This business has no legal documents yet; admins can add them through the REST API.</p>
      )}
    </StepBox>

    <StepBox title="Move money" enabled={draft.money} onToggle={(money) => onChange({ money, account: money && draft.account === "none" ? "new" : draft.account })}>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="tx-type" label="Direction">
          <Select id="tx-type" value={draft.transactionType} onChange={(e) => onChange({ transactionType: e.target.value as Draft["transactionType"] })}>
            <option value="REQUEST">Collect from the customer</option>
            <option value="SEND">Pay the customer</option>
          </Select>
        </FormField>
        <FormField id="solution" label="Payment rail">
          <Select id="solution" value={draft.solution} onChange={(e) => onChange({ solution: e.target.value as Draft["solution"] })}>
            <option value="ach">ACH</option>
            <option value="push-to-card">Push to card</option>
            <option value="wire">Wire</option>
          </Select>
        </FormField>
        <FormField id="amount" label="Amount (USD)" help='e.g. 125.00' error={errors["move-money.amount"]}>
          <Input id="amount" inputMode="decimal" value={draft.amount} onChange={(e) => onChange({ amount: e.target.value })} {...fieldAria("amount", errors["move-money.amount"], true)} />
        </FormField>
        <FormField id="money-memo" label="Payment memo (optional)" error={errors["move-money.memo"]}>
          <Input id="money-memo" maxLength={140} value={draft.moneyMemo} onChange={(e) => onChange({ moneyMemo: e.target.value })} />
        </FormField>
      </div>
    </StepBox>
    {errors.steps ? <p className="text-sm font-medium text-red-700" role="alert">{errors.steps}</p> : null}
  </div>
);
