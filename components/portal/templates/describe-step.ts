import type { TemplateStep } from "@/server/contracts/templates/template-steps";

const ACCOUNT = {
  CHECKING: "checking account",
  SAVING: "savings account",
  DEBIT: "debit card",
  CREDIT: "credit card",
} as const;
const RAIL = { ach: "ACH", "push-to-card": "push to card", wire: "wire" } as const;

/** One line per step, in staff terms. */
export const describeStep = (step: TemplateStep): string => {
  switch (step.name) {
    case "notification":
      return step.parameters.introductoryMessage
        ? `Text message: “${step.parameters.introductoryMessage}”`
        : "Text message with the link";
    case "customer-account":
      return "A new customer creates an account";
    case "lookup-profile":
      return `Customer ${step.parameters.customerId} confirms their details`;
    case "enhance-profile": {
      const asked = [
        ...step.parameters.personalInfo,
        ...step.parameters.address.map((a) => `${a.toLowerCase()} address`),
        ...step.parameters.phoneNumber.map((p) => `${p.toLowerCase()} phone`),
      ];
      return `Profile details: ${asked.join(", ").replace("dateOfBirth", "date of birth") || "none"}`;
    }
    case "financial-account":
      return `The customer adds a ${ACCOUNT[step.parameters.financialAccountSubType]}`;
    case "lookup-financial-account":
      return `The customer confirms account ${step.parameters.customerFinancialAccountId}`;
    case "document-acceptance":
      return `Accepts: ${step.parameters.documents.map((document) => document.documentId).join(", ")}`;
    case "move-money": {
      const { transactionType, amount, currency, solution } = step.parameters;
      return `${transactionType === "REQUEST" ? "Collects" : "Pays"} ${amount} ${currency ?? "USD"} by ${RAIL[solution]}`;
    }
  }
};
