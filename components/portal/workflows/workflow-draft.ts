import type { z } from "zod";
import { type CreateWorkflowInput, ZCreateWorkflowInput } from "@/server/services/workflows/create-workflow-input";
import type { Step } from "@/server/services/workflows/step-parameters";
import type { Authentication } from "./authentication-picker";

// The create form's state, and how it becomes createWorkflow's input. Validation is the service's
// own schema (ZCreateWorkflowInput, phone numbers included), run on every change.

export type Draft = {
  title: string;
  customerMemo: string;
  expireInDays: string;
  authentication: Authentication;
  /** "" : the customer's browser decides (texts in English). */
  locale: "" | "en" | "es";
  phoneNumber: string;
  introductoryMessage: string;
  customer: "new" | "existing";
  customerId: string;
  enhance: boolean;
  personalInfo: Array<"salutation" | "dateOfBirth">;
  address: Array<"PHYSICAL" | "MAILING" | "SHIPPING">;
  phones: Array<"HOME" | "WORK">;
  account: "none" | "new" | "existing";
  subType: "CHECKING" | "SAVING" | "CREDIT" | "DEBIT";
  accountId: string;
  documents: string[];
  money: boolean;
  transactionType: "SEND" | "REQUEST";
  solution: "ach" | "push-to-card" | "wire";
  amount: string;
  moneyMemo: string;
};

export const EMPTY_DRAFT: Draft = {
  title: "",
  customerMemo: "",
  expireInDays: "",
  authentication: "NONE",
  locale: "",
  phoneNumber: "",
  introductoryMessage: "",
  customer: "new",
  customerId: "",
  enhance: false,
  personalInfo: [],
  address: [],
  phones: [],
  account: "none",
  subType: "CHECKING",
  accountId: "",
  documents: [],
  money: false,
  transactionType: "REQUEST",
  solution: "ach",
  amount: "",
  moneyMemo: "",
};

const optional = (text: string) => (text.trim() ? text : undefined);

/** The steps in the one order a workflow allows; the form only chooses which ones. */
export const draftSteps = (d: Draft): Step[] => [
  { name: "notification", parameters: { phoneNumber: d.phoneNumber, channel: "SMS", introductoryMessage: optional(d.introductoryMessage) } },
  d.customer === "new" ? { name: "customer-account", parameters: {} } : { name: "lookup-profile", parameters: { customerId: d.customerId } },
  ...(d.enhance ? [{ name: "enhance-profile" as const, parameters: { personalInfo: d.personalInfo, address: d.address, phoneNumber: d.phones } }] : []),
  ...(d.account === "new" ? [{ name: "financial-account" as const, parameters: { financialAccountSubType: d.subType } }] : []),
  ...(d.account === "existing" ? [{ name: "lookup-financial-account" as const, parameters: { customerFinancialAccountId: d.accountId } }] : []),
  ...(d.documents.length ? [{ name: "document-acceptance" as const, parameters: { documents: d.documents.map((documentId) => ({ documentId })) } }] : []),
  ...(d.money
    ? [{ name: "move-money" as const, parameters: { transactionType: d.transactionType, solution: d.solution, amount: d.amount, currency: "USD" as const, memo: optional(d.moneyMemo) } }]
    : []),
];

export const draftInput = (d: Draft): CreateWorkflowInput => ({
  title: d.title,
  customerMemo: optional(d.customerMemo),
  expireInHours: d.expireInDays ? Number(d.expireInDays) * 24 : undefined,
  authentication: d.authentication,
  locale: d.locale || undefined,
  steps: draftSteps(d),
});

/** Where each problem shows: a field of the form, or "steps" for the rules between steps. */
const fieldOf = (path: PropertyKey[], steps: Step[]) => {
  if (path[0] !== "steps") return String(path[0]);
  const step = typeof path[1] === "number" ? steps[path[1]] : undefined;
  if (!step || path[2] !== "parameters") return "steps";
  return `${step.name}.${String(path[3] ?? "")}`;
};

const friendly = (issue: z.core.$ZodIssue) => {
  if (issue.code === "too_small" && issue.origin === "string") return "Required";
  if (issue.code === "invalid_type") return "Not valid";
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
};

/** Problems by field, from the same schema the server checks. */
export const validateDraft = (d: Draft): Record<string, string> => {
  const input = draftInput(d);
  const result = ZCreateWorkflowInput.safeParse(input);
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = fieldOf(issue.path, input.steps as Step[]);
    errors[field] ??= friendly(issue);
  }
  return errors;
};
