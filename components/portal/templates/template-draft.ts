import { z } from "zod";
import { type TemplateStep, ZTemplateSteps } from "@/server/services/templates/template-steps";

// The template form's state, and its conversion to and from the steps the template services
// store. The step rules themselves stay in ZTemplateSteps, which checks the draft as you type.

type PersonalInfo = "salutation" | "dateOfBirth";
type AddressType = "PHYSICAL" | "MAILING" | "SHIPPING";
type ExtraPhone = "HOME" | "WORK";
type SubType = "CHECKING" | "SAVING" | "CREDIT" | "DEBIT";

export type TemplateDraft = {
  name: string;
  title: string;
  customerMemo: string;
  expireInHours: string;
  introductoryMessage: string;
  customer: { kind: "new" } | { kind: "existing"; customerId: string };
  enhanceProfile: { enabled: boolean; personalInfo: PersonalInfo[]; address: AddressType[]; phoneNumber: ExtraPhone[] };
  financialAccount: { kind: "none" } | { kind: "new"; subType: SubType } | { kind: "existing"; accountId: string };
  documentIds: string[];
  moveMoney: { enabled: boolean; transactionType: "SEND" | "REQUEST"; solution: "ach" | "push-to-card" | "wire"; amount: string; description: string };
};

export const EMPTY_DRAFT: TemplateDraft = {
  name: "",
  title: "",
  customerMemo: "",
  expireInHours: "",
  introductoryMessage: "",
  customer: { kind: "new" },
  enhanceProfile: { enabled: false, personalInfo: [], address: [], phoneNumber: [] },
  financialAccount: { kind: "none" },
  documentIds: [],
  moveMoney: { enabled: false, transactionType: "REQUEST", solution: "ach", amount: "", description: "" },
};

const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** The steps, in the fixed order, from what the form says. */
export const draftSteps = (draft: TemplateDraft): TemplateStep[] => {
  const steps: TemplateStep[] = [{ name: "notification", parameters: { channel: "SMS", introductoryMessage: optional(draft.introductoryMessage) } }];
  steps.push(draft.customer.kind === "new" ? { name: "customer-account", parameters: {} } : { name: "lookup-profile", parameters: { customerId: draft.customer.customerId } });
  const { enabled, ...profile } = draft.enhanceProfile;
  if (enabled) steps.push({ name: "enhance-profile", parameters: profile });
  if (draft.financialAccount.kind === "new") steps.push({ name: "financial-account", parameters: { financialAccountSubType: draft.financialAccount.subType } });
  if (draft.financialAccount.kind === "existing") steps.push({ name: "lookup-financial-account", parameters: { customerFinancialAccountId: draft.financialAccount.accountId } });
  if (draft.documentIds.length > 0) steps.push({ name: "document-acceptance", parameters: { documents: draft.documentIds.map((documentId) => ({ documentId })) } });
  if (draft.moveMoney.enabled) {
    const { transactionType, solution, amount, description } = draft.moveMoney;
    steps.push({ name: "move-money", parameters: { transactionType, solution, amount: amount.trim(), currency: "USD", description: optional(description) } });
  }
  return steps;
};

/** What the template procedures take. */
export const draftToInput = (draft: TemplateDraft) => ({
  name: draft.name,
  title: draft.title,
  customerMemo: optional(draft.customerMemo),
  expireInHours: optional(draft.expireInHours) === undefined ? undefined : Number(draft.expireInHours),
  steps: draftSteps(draft),
});

type StoredTemplate = { name: string; title: string; customerMemo: string | null; expireInHours: number | null; steps: TemplateStep[] };

/** A saved version back into the form, to edit it into the next version. */
export const templateToDraft = ({ name, title, customerMemo, expireInHours, steps }: StoredTemplate): TemplateDraft => {
  const find = <N extends TemplateStep["name"]>(stepName: N) =>
    steps.find((step) => step.name === stepName)?.parameters as Extract<TemplateStep, { name: N }>["parameters"] | undefined;
  const lookup = find("lookup-profile");
  const profile = find("enhance-profile");
  const newAccount = find("financial-account");
  const existingAccount = find("lookup-financial-account");
  const money = find("move-money");
  return {
    name,
    title,
    customerMemo: customerMemo ?? "",
    expireInHours: expireInHours === null ? "" : String(expireInHours),
    introductoryMessage: find("notification")?.introductoryMessage ?? "",
    customer: lookup ? { kind: "existing", customerId: lookup.customerId } : { kind: "new" },
    enhanceProfile: profile ? { enabled: true, personalInfo: profile.personalInfo, address: profile.address, phoneNumber: profile.phoneNumber } : EMPTY_DRAFT.enhanceProfile,
    financialAccount: newAccount
      ? { kind: "new", subType: newAccount.financialAccountSubType }
      : existingAccount
        ? { kind: "existing", accountId: existingAccount.customerFinancialAccountId }
        : { kind: "none" },
    documentIds: find("document-acceptance")?.documents.map((document) => document.documentId) ?? [],
    moveMoney: money
      ? { enabled: true, transactionType: money.transactionType, solution: money.solution, amount: money.amount, description: money.description ?? "" }
      : EMPTY_DRAFT.moveMoney,
  };
};

// The same limits as the template services (ZTemplateInput), checked in the browser as you type.
export const ZTemplateDraftInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
  title: z.string().trim().min(1, "Enter the title customers see").max(200, "Use at most 200 characters"),
  customerMemo: z.string().trim().max(500, "Use at most 500 characters").optional(),
  expireInHours: z.number("Enter whole hours").int("Enter whole hours").positive("Enter at least 1 hour").optional(),
  steps: ZTemplateSteps,
});
