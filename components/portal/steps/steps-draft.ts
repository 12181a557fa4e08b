import type { z } from "zod";
import type { TemplateStep } from "@/server/contracts/templates/template-steps";
import { findStep, type Step, STEP_ORDER } from "@/server/contracts/workflows/step-parameters";

// The steps part of the Portal's workflow and template forms: its state, the steps it stands for,
// a stored template's steps back into it, and where each schema problem shows. The types come
// from the steps' own schemas; the forms add their own fields (a workflow its phone number).

type Parameters<N extends Step["name"]> = Extract<Step, { name: N }>["parameters"];
type Profile = Parameters<"enhance-profile">;
type Money = Parameters<"move-money">;

export type StepsDraft = {
  /** How the customer is reached: texts, or email. */
  channel: "SMS" | "EMAIL";
  introductoryMessage: string;
  customer: "new" | "existing";
  customerId: string;
  enhance: boolean;
  personalInfo: Profile["personalInfo"];
  address: Profile["address"];
  phones: Profile["phoneNumber"];
  account: "none" | "new" | "existing";
  subType: Parameters<"financial-account">["financialAccountSubType"];
  accountId: string;
  documentIds: string[];
  money: boolean;
  transactionType: Money["transactionType"];
  solution: Money["solution"];
  amount: string;
  description: string;
  moneyMemo: string;
};

export const EMPTY_STEPS: StepsDraft = {
  channel: "SMS",
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
  documentIds: [],
  money: false,
  transactionType: "REQUEST",
  solution: "ach",
  amount: "",
  description: "",
  moneyMemo: "",
};

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The steps, in the one order a workflow allows, without the phone number or address each customer brings. */
export const draftSteps = (d: StepsDraft): TemplateStep[] => [
  { name: "notification", parameters: { channel: d.channel, introductoryMessage: optional(d.introductoryMessage) } },
  d.customer === "new"
    ? { name: "customer-account", parameters: {} }
    : { name: "lookup-profile", parameters: { customerId: d.customerId } },
  ...(d.enhance
    ? [
        {
          name: "enhance-profile" as const,
          parameters: { personalInfo: d.personalInfo, address: d.address, phoneNumber: d.phones },
        },
      ]
    : []),
  ...(d.account === "new"
    ? [{ name: "financial-account" as const, parameters: { financialAccountSubType: d.subType } }]
    : []),
  ...(d.account === "existing"
    ? [{ name: "lookup-financial-account" as const, parameters: { customerFinancialAccountId: d.accountId } }]
    : []),
  ...(d.documentIds.length
    ? [
        {
          name: "document-acceptance" as const,
          parameters: { documents: d.documentIds.map((documentId) => ({ documentId })) },
        },
      ]
    : []),
  ...(d.money
    ? [
        {
          name: "move-money" as const,
          parameters: {
            transactionType: d.transactionType,
            solution: d.solution,
            amount: d.amount.trim(),
            currency: "USD" as const,
            description: optional(d.description),
            memo: optional(d.moneyMemo),
          },
        },
      ]
    : []),
];

/** A stored template's steps back into the form. */
export const stepsToDraft = (steps: TemplateStep[]): StepsDraft => {
  const lookup = findStep(steps, "lookup-profile")?.parameters;
  const profile = findStep(steps, "enhance-profile")?.parameters;
  const newAccount = findStep(steps, "financial-account")?.parameters;
  const existingAccount = findStep(steps, "lookup-financial-account")?.parameters;
  const money = findStep(steps, "move-money")?.parameters;
  return {
    channel: findStep(steps, "notification")?.parameters.channel ?? "SMS",
    introductoryMessage: findStep(steps, "notification")?.parameters.introductoryMessage ?? "",
    customer: lookup ? "existing" : "new",
    customerId: lookup?.customerId ?? "",
    enhance: Boolean(profile),
    personalInfo: profile?.personalInfo ?? [],
    address: profile?.address ?? [],
    phones: profile?.phoneNumber ?? [],
    account: newAccount ? "new" : existingAccount ? "existing" : "none",
    subType: newAccount?.financialAccountSubType ?? "CHECKING",
    accountId: existingAccount?.customerFinancialAccountId ?? "",
    documentIds:
      findStep(steps, "document-acceptance")?.parameters.documents.map((document) => document.documentId) ?? [],
    money: Boolean(money),
    transactionType: money?.transactionType ?? "REQUEST",
    solution: money?.solution ?? "ach",
    amount: money?.amount ?? "",
    description: money?.description ?? "",
    moneyMemo: money?.memo ?? "",
  };
};

/** The problem a draft field shows, for the fields whose problem has another name. */
const FIELD_PROBLEM: Partial<Record<string, string>> = {
  phoneNumber: "notification.phoneNumber",
  email: "notification.email",
  introductoryMessage: "notification.introductoryMessage",
  customerId: "lookup-profile.customerId",
  accountId: "lookup-financial-account.customerFinancialAccountId",
  amount: "move-money.amount",
  description: "move-money.description",
  moneyMemo: "move-money.memo",
};

const friendly = (issue: z.core.$ZodIssue) => {
  if (issue.code === "too_small" && issue.origin === "string") return "Required";
  if (issue.code === "invalid_type") return "Not valid";
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
};

/**
 * The first problem per field, from the schema the server checks: a top-level field by its name,
 * a step's parameter as "<step>.<parameter>", a rule about one step as "<step>", and a rule about
 * the whole list as "steps".
 */
export const formProblems = (issues: z.core.$ZodIssue[], steps: Array<{ name: string }>): Record<string, string> => {
  const problems: Record<string, string> = {};
  for (const issue of issues) {
    const [top, index, part, parameter] = issue.path;
    const step = top === "steps" && typeof index === "number" ? steps[index] : undefined;
    const field =
      top !== "steps"
        ? String(top ?? "form")
        : !step
          ? "steps"
          : part === "parameters"
            ? `${step.name}.${String(parameter ?? "")}`
            : step.name;
    problems[field] ??= friendly(issue);
  }
  return problems;
};

/** The problems a patch of the draft touches, by the names formProblems gives them. */
export const touchedProblems = (patch: object) => Object.keys(patch).map((field) => FIELD_PROBLEM[field] ?? field);

const isStepRule = (key: string) => key === "steps" || (STEP_ORDER as readonly string[]).includes(key);

/** The problems to show: a field's once it was touched, all of them after a submit, the rules between steps at once. */
export const shownProblems = (problems: Record<string, string>, touched: Set<string>, submitted: boolean) =>
  Object.fromEntries(Object.entries(problems).filter(([key]) => submitted || touched.has(key) || isStepRule(key)));
