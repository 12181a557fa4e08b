import "server-only";
import type { Tx } from "@/server/db";
import { AppError, type FieldProblem } from "@/server/errors";
import { checkTextAllowance, type TextAllowance } from "@/server/services/sms/check-text-allowance";
import type { Step } from "@/server/contracts/workflows/step-parameters";

/**
 * The ids a workflow's steps name must exist in the business: documents, customer, account. And,
 * unless `texts` is false (a template sends nothing), the business must be able to text the
 * number: an allowed country and room under its hourly cap (checkTextAllowance, which reads it
 * unless `textAllowance` was read already).
 */
export const checkStepReferences = async (
  tx: Tx,
  businessId: string,
  steps: Step[],
  { texts = true, textAllowance }: { texts?: boolean; textAllowance?: TextAllowance } = {},
) => {
  const problems: FieldProblem[] = [];
  for (const [index, step] of steps.entries()) {
    if (step.name === "notification" && texts && step.parameters.channel === "SMS" && step.parameters.phoneNumber) {
      await checkTextAllowance(tx, {
        businessId,
        phoneNumber: step.parameters.phoneNumber,
        field: `steps.${index}.parameters.phoneNumber`,
        allowance: textAllowance,
      });
    }
    if (step.name === "document-acceptance") {
      const keys = step.parameters.documents.map((d) => d.documentId);
      const found = await tx.legalDocument.findMany({
        where: { businessId, key: { in: keys }, archivedAt: null },
        select: { key: true },
      });
      keys.forEach((key, i) => {
        if (!found.some((doc) => doc.key === key)) {
          problems.push({
            path: `steps.${index}.parameters.documents.${i}.documentId`,
            message: `no legal document "${key}"`,
          });
        }
      });
      if (new Set(keys).size !== keys.length) {
        problems.push({ path: `steps.${index}.parameters.documents`, message: "a document is listed twice" });
      }
    }
    if (step.name === "lookup-profile") {
      const customer = await tx.customer.findFirst({
        where: { id: step.parameters.customerId, businessId },
        select: { id: true, status: true },
      });
      if (!customer) problems.push({ path: `steps.${index}.parameters.customerId`, message: "no such customer" });
      else if (customer.status === "ARCHIVED" || customer.status === "SUSPENDED") {
        problems.push({
          path: `steps.${index}.parameters.customerId`,
          message: `the customer is ${customer.status.toLowerCase()}`,
        });
      }
    }
    if (step.name === "lookup-financial-account") {
      const customerId = steps.find((s) => s.name === "lookup-profile")?.parameters.customerId;
      const account = await tx.financialAccount.findFirst({
        where: { id: step.parameters.customerFinancialAccountId, businessId, customerId, status: "ACTIVE" },
        select: { id: true },
      });
      if (!account) {
        problems.push({
          path: `steps.${index}.parameters.customerFinancialAccountId`,
          message: "no such active account for this customer",
        });
      }
    }
  }
  if (problems.length)
    throw new AppError("UNPROCESSABLE", problems.map((p) => `${p.path}: ${p.message}`).join("; "), problems);
};
