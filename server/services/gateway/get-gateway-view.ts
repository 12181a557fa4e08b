import { db } from "../../db";
import { AppError } from "../../errors";
import { maskLastFour } from "../financial-accounts/account-number-rules";
import { fromStepEnum } from "../workflows/step-name";
import { STEP_DISPLAY_NAMES, ZEnhanceProfileParameters, ZMoveMoneyParameters, type StepNameValue } from "../workflows/step-parameters";

// Everything one Gateway screen needs, and nothing more: the customer sees their own details
// masked, and never an id they could not already see in their link.

/** The account the payment uses, as the screens name it in the customer's language: its kind and masked last four. */
const accountShown = (account: { type: string; subType: string; lastFour: string } | null) =>
  account ? { kind: account.type === "CARD" ? ("CARD" as const) : account.subType === "SAVING" ? ("SAVING" as const) : ("CHECKING" as const), lastFour: maskLastFour(account.lastFour) } : null;

export const getGatewayView = async (workflowId: string) => {
  const workflow = await db().workflow.findUnique({
    where: { id: workflowId },
    select: {
      id: true,
      businessId: true,
      status: true,
      title: true,
      customerMemo: true,
      expireAt: true,
      business: { select: { name: true } },
      customer: { select: { firstName: true, lastName: true, email: true, phoneNumber: true } },
      steps: { orderBy: { position: "asc" }, select: { name: true, status: true, parameters: true, data: true } },
      transaction: { select: { status: true, amount: true, currency: true, transactionType: true } },
    },
  });
  if (!workflow) throw new AppError("NOT_FOUND", "Not found");
  const steps = workflow.steps
    .map((step) => ({ ...step, stepName: fromStepEnum(step.name) }))
    .filter((step) => step.stepName !== "notification");
  const current = steps.find((step) => step.status === "ACTIVE");
  const accountId = steps.map((s) => (s.data as { financialAccountId?: string } | null)?.financialAccountId).find(Boolean)
    ?? (steps.find((s) => s.stepName === "lookup-financial-account")?.parameters as { customerFinancialAccountId?: string } | undefined)?.customerFinancialAccountId;
  const account = accountId
    ? await db().financialAccount.findFirst({ where: { id: accountId, businessId: workflow.businessId }, select: { type: true, subType: true, lastFour: true } })
    : null;
  const documentKeys = ((steps.find((s) => s.stepName === "document-acceptance")?.parameters as { documents?: { documentId: string }[] } | undefined)?.documents ?? []).map((d) => d.documentId);
  const documents = current?.stepName === "document-acceptance"
    ? await db().legalDocument.findMany({
        where: { businessId: workflow.businessId, key: { in: documentKeys } },
        select: { key: true, currentVersion: true, versions: { select: { id: true, version: true, title: true, content: true } } },
      })
    : [];
  const moveMoney = steps.find((s) => s.stepName === "move-money");

  return {
    status: workflow.status,
    businessName: workflow.business.name,
    title: workflow.title,
    customerMemo: workflow.customerMemo,
    expireAt: workflow.expireAt,
    steps: steps.map((s) => ({ stepName: s.stepName as StepNameValue, displayName: STEP_DISPLAY_NAMES[s.stepName], status: s.status })),
    currentStep: current?.stepName ?? null,
    customer: workflow.customer,
    enhanceProfile: ZEnhanceProfileParameters.parse(steps.find((s) => s.stepName === "enhance-profile")?.parameters ?? {}),
    financialAccountSubType: (steps.find((s) => s.stepName === "financial-account")?.parameters as { financialAccountSubType?: string } | undefined)?.financialAccountSubType ?? null,
    account: accountShown(account),
    documents: documentKeys
      .map((key) => documents.find((d) => d.key === key))
      .filter((d) => d !== undefined)
      .map((d) => {
        const version = d.versions.find((v) => v.version === d.currentVersion)!;
        return { key: d.key, versionId: version.id, version: version.version, title: version.title, content: version.content };
      }),
    payment: moveMoney ? ZMoveMoneyParameters.parse(moveMoney.parameters) : null,
    transaction: workflow.transaction ? { ...workflow.transaction, amount: workflow.transaction.amount.toFixed(2) } : null,
  };
};

export type GatewayView = Awaited<ReturnType<typeof getGatewayView>>;
