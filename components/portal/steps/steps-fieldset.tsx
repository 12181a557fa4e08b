"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CheckboxGroup, fieldAria, FormField, RadioGroup } from "@/components/portal/form-field";
import type { StepsDraft } from "./steps-draft";

type Props = {
  draft: StepsDraft;
  /** Problems by field, as formProblems names them. */
  errors: Record<string, string>;
  /** The business's legal documents; undefined while they load. */
  documents: Array<{ key: string; title: string }> | undefined;
  onChange: (patch: Partial<StepsDraft>) => void;
  /** The text message's recipient field, for a form that sends to one customer. */
  recipient?: ReactNode;
};

const StepBox = ({
  title,
  enabled,
  onToggle,
  error,
  children,
}: {
  title: string;
  enabled: boolean | null;
  onToggle?: (on: boolean) => void;
  error?: string;
  children?: ReactNode;
}) => (
  // Switched off, a step is only its legend (its checkbox): no empty box under it.
  <fieldset
    className={cn(
      "rounded-md border px-4",
      enabled === false ? "border-transparent pb-0" : "space-y-3 border-slate-200 py-4",
    )}
  >
    <legend className="px-1 text-sm font-semibold text-slate-900">
      {onToggle ? (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-600"
            checked={Boolean(enabled)}
            onChange={(e) => onToggle(e.target.checked)}
          />
          {title}
        </label>
      ) : (
        title
      )}
    </legend>
    {enabled !== false ? children : null}
    {error ? (
      <p className="text-xs font-medium text-red-700" role="alert">
        {error}
      </p>
    ) : null}
  </fieldset>
);

/** The steps a customer goes through, in their fixed order, each with its parameters: one fieldset for workflows and templates. */
export const StepsFieldset = ({ draft, errors, documents, onChange, recipient }: Props) => (
  <div className="space-y-4">
    <StepBox title="1. Message with the link (always first)" enabled={null}>
      <RadioGroup
        legend="Send the link by"
        name="channel"
        options={[
          { value: "SMS", label: "Text message (SMS)" },
          { value: "EMAIL", label: "Email" },
        ]}
        value={draft.channel}
        onChange={(channel) => onChange({ channel })}
      />
      <div className="grid gap-4 md:grid-cols-2">
        {recipient}
        <FormField
          id="intro"
          label="Introductory message (optional)"
          help="Replaces the title in the message."
          error={errors["notification.introductoryMessage"]}
        >
          <Input
            id="intro"
            maxLength={320}
            value={draft.introductoryMessage}
            onChange={(e) => onChange({ introductoryMessage: e.target.value })}
            {...fieldAria("intro", errors["notification.introductoryMessage"], true)}
          />
        </FormField>
      </div>
    </StepBox>

    <StepBox title="2. Customer" enabled={null} error={errors["customer-account"] ?? errors["lookup-profile"]}>
      <RadioGroup
        legend="Who is the customer?"
        name="customer"
        value={draft.customer}
        onChange={(customer) =>
          onChange({ customer, account: customer === "new" && draft.account === "existing" ? "none" : draft.account })
        }
        options={[
          { value: "new", label: "A new customer (creates their account)" },
          { value: "existing", label: "An existing customer (confirms their details)" },
        ]}
      />
      {draft.customer === "existing" ? (
        <FormField id="customer-id" label="Customer id" error={errors["lookup-profile.customerId"]}>
          <Input
            id="customer-id"
            value={draft.customerId}
            onChange={(e) => onChange({ customerId: e.target.value })}
            {...fieldAria("customer-id", errors["lookup-profile.customerId"])}
          />
        </FormField>
      ) : null}
    </StepBox>

    <StepBox
      title="Complete the profile"
      enabled={draft.enhance}
      onToggle={(enhance) => onChange({ enhance })}
      error={errors["enhance-profile"]}
    >
      <CheckboxGroup
        legend="Personal information"
        value={draft.personalInfo}
        onChange={(personalInfo) => onChange({ personalInfo })}
        options={[
          { value: "salutation", label: "Salutation" },
          { value: "dateOfBirth", label: "Date of birth" },
        ]}
      />
      <CheckboxGroup
        legend="Addresses"
        value={draft.address}
        onChange={(address) => onChange({ address })}
        options={[
          { value: "PHYSICAL", label: "Physical" },
          { value: "MAILING", label: "Mailing" },
          { value: "SHIPPING", label: "Shipping" },
        ]}
      />
      <CheckboxGroup
        legend="Other phone numbers"
        value={draft.phones}
        onChange={(phones) => onChange({ phones })}
        options={[
          { value: "HOME", label: "Home" },
          { value: "WORK", label: "Work" },
        ]}
      />
    </StepBox>

    <StepBox
      title="Payment method"
      enabled={null}
      error={errors["financial-account"] ?? errors["lookup-financial-account"]}
    >
      <RadioGroup
        legend="Ask for a payment method?"
        name="account"
        value={draft.account}
        onChange={(account) => onChange({ account })}
        options={[
          { value: "none", label: "No" },
          { value: "new", label: "Add a new account" },
          ...(draft.customer === "existing"
            ? [{ value: "existing" as const, label: "Confirm an existing account" }]
            : []),
        ]}
      />
      {draft.account === "new" ? (
        <FormField id="subtype" label="Account type">
          <Select
            id="subtype"
            value={draft.subType}
            onChange={(e) => onChange({ subType: e.target.value as StepsDraft["subType"] })}
            className="max-w-xs"
          >
            <option value="CHECKING">Checking</option>
            <option value="SAVING">Saving</option>
            <option value="DEBIT">Debit card</option>
            <option value="CREDIT">Credit card</option>
          </Select>
        </FormField>
      ) : null}
      {draft.account === "existing" ? (
        <FormField
          id="account-id"
          label="Financial account id"
          error={errors["lookup-financial-account.customerFinancialAccountId"]}
        >
          <Input
            id="account-id"
            value={draft.accountId}
            onChange={(e) => onChange({ accountId: e.target.value })}
            {...fieldAria("account-id", errors["lookup-financial-account.customerFinancialAccountId"])}
          />
        </FormField>
      ) : null}
    </StepBox>

    <StepBox
      title="Documents to accept"
      enabled={null}
      error={errors["document-acceptance"] ?? errors["document-acceptance.documents"]}
    >
      {documents === undefined ? <p className="text-sm text-slate-500">Loading documents…</p> : null}
      {documents?.length === 0 ? (
        <p className="text-sm text-slate-600">
          This business has no legal documents yet; admins add them under Legal documents.
        </p>
      ) : null}
      {documents?.length ? (
        <CheckboxGroup
          legend="Legal documents"
          value={draft.documentIds}
          onChange={(documentIds) => onChange({ documentIds })}
          options={documents.map((d) => ({ value: d.key, label: d.title }))}
        />
      ) : null}
    </StepBox>

    <StepBox
      title="Move money"
      enabled={draft.money}
      onToggle={(money) => onChange({ money, account: money && draft.account === "none" ? "new" : draft.account })}
      error={errors["move-money"]}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <FormField id="tx-type" label="Direction">
          <Select
            id="tx-type"
            value={draft.transactionType}
            onChange={(e) => onChange({ transactionType: e.target.value as StepsDraft["transactionType"] })}
          >
            <option value="REQUEST">Collect from the customer</option>
            <option value="SEND">Pay the customer</option>
          </Select>
        </FormField>
        <FormField id="solution" label="Payment rail">
          <Select
            id="solution"
            value={draft.solution}
            onChange={(e) => onChange({ solution: e.target.value as StepsDraft["solution"] })}
          >
            <option value="ach">ACH</option>
            <option value="push-to-card">Push to card</option>
            <option value="wire">Wire</option>
          </Select>
        </FormField>
        <FormField id="amount" label="Amount (USD)" help="e.g. 125.00" error={errors["move-money.amount"]}>
          <Input
            id="amount"
            inputMode="decimal"
            value={draft.amount}
            onChange={(e) => onChange({ amount: e.target.value })}
            {...fieldAria("amount", errors["move-money.amount"], true)}
          />
        </FormField>
        <FormField id="money-description" label="Description (optional)" error={errors["move-money.description"]}>
          <Input
            id="money-description"
            maxLength={140}
            value={draft.description}
            onChange={(e) => onChange({ description: e.target.value })}
            {...fieldAria("money-description", errors["move-money.description"])}
          />
        </FormField>
        <FormField id="money-memo" label="Payment memo (optional)" error={errors["move-money.memo"]}>
          <Input
            id="money-memo"
            maxLength={140}
            value={draft.moneyMemo}
            onChange={(e) => onChange({ moneyMemo: e.target.value })}
            {...fieldAria("money-memo", errors["move-money.memo"])}
          />
        </FormField>
      </div>
    </StepBox>
    {errors.steps ? (
      <p className="text-sm font-medium text-red-700" role="alert">
        {errors.steps}
      </p>
    ) : null}
  </div>
);
