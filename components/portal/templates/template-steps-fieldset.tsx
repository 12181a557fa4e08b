"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { CheckboxGroup } from "./checkbox-group";
import type { TemplateDraft } from "./template-draft";

type Props = {
  businessId: string;
  draft: TemplateDraft;
  onChange: (patch: Partial<TemplateDraft>) => void;
  /** The first error of a step's parameter, or of the step itself, by step name. */
  errorOf: (stepName: string, parameter?: string) => string | undefined;
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
    <legend className="px-1 text-sm font-semibold text-slate-900">{title}</legend>
    {children}
  </fieldset>
);

/** The steps a customer goes through, in their fixed order; each section is one optional step. */
export const TemplateStepsFieldset = ({ businessId, draft, onChange, errorOf }: Props) => {
  const trpc = useTRPC();
  const documents = useQuery(trpc.legalDocuments.list.queryOptions({ businessId, limit: 100 }));
  const { customer, enhanceProfile, financialAccount, moveMoney } = draft;
  return (
    <div className="space-y-4">
      <Section title="1. Text message">
        <div className="space-y-1.5">
          <Label htmlFor="intro">Introductory message (optional)</Label>
          <Textarea id="intro" rows={2} maxLength={320} value={draft.introductoryMessage} onChange={(e) => onChange({ introductoryMessage: e.target.value })} aria-describedby="intro-message" />
          <FieldMessage id="intro-message" error={errorOf("notification", "introductoryMessage")} help="Sent before the link. The phone number is given for each customer when a workflow is sent." />
        </div>
      </Section>
      <Section title="2. Customer">
        <div className="space-y-1.5">
          <Label htmlFor="customer-kind">Who is the customer?</Label>
          <Select id="customer-kind" value={customer.kind} onChange={(e) => onChange({ customer: e.target.value === "new" ? { kind: "new" } : { kind: "existing", customerId: "" } })} className="max-w-sm">
            <option value="new">A new customer creates an account</option>
            <option value="existing">An existing customer confirms their details</option>
          </Select>
        </div>
        {customer.kind === "existing" ? (
          <div className="space-y-1.5">
            <Label htmlFor="customer-id">Customer id</Label>
            <Input id="customer-id" value={customer.customerId} onChange={(e) => onChange({ customer: { kind: "existing", customerId: e.target.value } })} className="max-w-sm" aria-describedby="customer-id-message" />
            <FieldMessage id="customer-id-message" error={errorOf("lookup-profile", "customerId")} />
          </div>
        ) : null}
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-4 accent-brand-600" checked={enhanceProfile.enabled} onChange={(e) => onChange({ enhanceProfile: { ...enhanceProfile, enabled: e.target.checked } })} />
          Also ask for more profile details
        </label>
        {enhanceProfile.enabled ? (
          <div className="space-y-3 pl-6">
            <CheckboxGroup legend="Personal information" options={[{ value: "salutation", label: "Salutation" }, { value: "dateOfBirth", label: "Date of birth" }]} value={enhanceProfile.personalInfo} onChange={(personalInfo) => onChange({ enhanceProfile: { ...enhanceProfile, personalInfo } })} />
            <CheckboxGroup legend="Addresses" options={[{ value: "PHYSICAL", label: "Home" }, { value: "MAILING", label: "Mailing" }, { value: "SHIPPING", label: "Shipping" }]} value={enhanceProfile.address} onChange={(address) => onChange({ enhanceProfile: { ...enhanceProfile, address } })} />
            <CheckboxGroup legend="Other phone numbers" options={[{ value: "HOME", label: "Home" }, { value: "WORK", label: "Work" }]} value={enhanceProfile.phoneNumber} onChange={(phoneNumber) => onChange({ enhanceProfile: { ...enhanceProfile, phoneNumber } })} />
          </div>
        ) : null}
        <FieldMessage id="customer-step-message" error={errorOf("customer-account") ?? errorOf("lookup-profile") ?? errorOf("enhance-profile")} />
      </Section>
      <Section title="3. Payment method">
        <div className="space-y-1.5">
          <Label htmlFor="account-kind">Payment method</Label>
          <Select
            id="account-kind"
            value={financialAccount.kind}
            onChange={(e) => onChange({ financialAccount: e.target.value === "new" ? { kind: "new", subType: "CHECKING" } : e.target.value === "existing" ? { kind: "existing", accountId: "" } : { kind: "none" } })}
            className="max-w-sm"
            aria-describedby="account-message"
          >
            <option value="none">Not needed</option>
            <option value="new">The customer adds one</option>
            <option value="existing">The customer confirms one on file</option>
          </Select>
          <FieldMessage id="account-message" error={errorOf("financial-account") ?? errorOf("lookup-financial-account") ?? errorOf("lookup-financial-account", "customerFinancialAccountId")} />
        </div>
        {financialAccount.kind === "new" ? (
          <div className="space-y-1.5">
            <Label htmlFor="account-subtype">Kind of account</Label>
            <Select id="account-subtype" value={financialAccount.subType} onChange={(e) => onChange({ financialAccount: { kind: "new", subType: e.target.value as "CHECKING" } })} className="max-w-sm">
              <option value="CHECKING">Checking account</option>
              <option value="SAVING">Savings account</option>
              <option value="DEBIT">Debit card</option>
              <option value="CREDIT">Credit card</option>
            </Select>
          </div>
        ) : null}
        {financialAccount.kind === "existing" ? (
          <div className="space-y-1.5">
            <Label htmlFor="account-id">Financial account id</Label>
            <Input id="account-id" value={financialAccount.accountId} onChange={(e) => onChange({ financialAccount: { kind: "existing", accountId: e.target.value } })} className="max-w-sm" />
          </div>
        ) : null}
      </Section>
      <Section title="4. Legal documents">
        {documents.isPending ? <p className="text-sm text-slate-500">Loading documents…</p> : null}
        {documents.isError ? <p className="text-sm text-red-700">The documents could not be loaded: {documents.error.message}</p> : null}
        {documents.data?.items.length === 0 ? <p className="text-sm text-slate-600">This business has no legal documents yet. Add them under Legal documents.</p> : null}
        {documents.data && documents.data.items.length > 0 ? (
          <CheckboxGroup
            legend="The customer accepts"
            options={documents.data.items.map((document) => ({ value: document.key, label: `${document.title} (v${document.version})` }))}
            value={draft.documentIds}
            onChange={(documentIds) => onChange({ documentIds })}
          />
        ) : null}
        <FieldMessage id="documents-message" error={errorOf("document-acceptance")} />
      </Section>
      <Section title="5. Payment">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-4 accent-brand-600" checked={moveMoney.enabled} onChange={(e) => onChange({ moveMoney: { ...moveMoney, enabled: e.target.checked } })} />
          The customer confirms a payment
        </label>
        {moveMoney.enabled ? (
          <div className="grid gap-3 md:grid-cols-2">
            <div className="space-y-1.5">
              <Label htmlFor="money-type">Direction</Label>
              <Select id="money-type" value={moveMoney.transactionType} onChange={(e) => onChange({ moveMoney: { ...moveMoney, transactionType: e.target.value as "SEND" } })}>
                <option value="REQUEST">Collect from the customer</option>
                <option value="SEND">Pay the customer</option>
              </Select>
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="money-solution">Payment rail</Label>
              <Select id="money-solution" value={moveMoney.solution} onChange={(e) => onChange({ moveMoney: { ...moveMoney, solution: e.target.value as "ach" } })}>
                <option value="ach">ACH</option>
                <option value="push-to-card">Push to card</option>
                <option value="wire">Wire</option>
              </Select>
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="money-amount">Amount (USD)</Label>
              <Input id="money-amount" inputMode="decimal" value={moveMoney.amount} onChange={(e) => onChange({ moveMoney: { ...moveMoney, amount: e.target.value } })} aria-invalid={errorOf("move-money", "amount") ? true : undefined} aria-describedby="money-amount-message" />
              <FieldMessage id="money-amount-message" error={errorOf("move-money", "amount")} help="Each workflow sent from the template can give its own amount." />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="money-description">Description (optional)</Label>
              <Input id="money-description" maxLength={140} value={moveMoney.description} onChange={(e) => onChange({ moveMoney: { ...moveMoney, description: e.target.value } })} />
            </div>
          </div>
        ) : null}
        <FieldMessage id="money-message" error={errorOf("move-money")} />
      </Section>
    </div>
  );
};
