import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { maskLastFour } from "@/server/services/financial-accounts/account-number-rules";
import { STEP_DISPLAY_NAMES, ZEnhanceProfileParameters } from "@/server/contracts/workflows/step-parameters";
import { findStep } from "@/server/contracts/workflows/step-parameters";
import { readStep } from "@/server/services/workflows/stored-step";

// Everything one Gateway screen needs, and nothing more: the customer sees their own details
// masked, and never an id they could not already see in their link.

/** The account the payment uses, as the screens name it in the customer's language: its kind and masked last four. */
const accountShown = (account: { type: string; subType: string; lastFour: string } | null) =>
  account
    ? {
        kind:
          account.type === "CARD"
            ? ("CARD" as const)
            : account.subType === "SAVING"
              ? ("SAVING" as const)
              : ("CHECKING" as const),
        lastFour: maskLastFour(account.lastFour),
      }
    : null;

/** The columns and relations a screen shows, read with the link's own row (open-gateway-link.ts). */
export const GATEWAY_VIEW_SELECT = {
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
} satisfies Prisma.WorkflowSelect;

/** The screen's view of a workflow read with GATEWAY_VIEW_SELECT; the payment's account and the documents to accept are read only when shown. */
export const toGatewayView = async (workflow: Prisma.WorkflowGetPayload<{ select: typeof GATEWAY_VIEW_SELECT }>) => {
  const steps = workflow.steps.map(readStep).filter((step) => step.name !== "notification");
  const current = steps.find((step) => step.status === "ACTIVE");
  const accountId =
    steps.map((step) => step.data?.financialAccountId).find(Boolean) ??
    findStep(steps, "lookup-financial-account")?.parameters.customerFinancialAccountId;
  const account = accountId
    ? await db().financialAccount.findFirst({
        where: { id: accountId, businessId: workflow.businessId },
        select: { type: true, subType: true, lastFour: true },
      })
    : null;
  const documentKeys = (findStep(steps, "document-acceptance")?.parameters.documents ?? []).map((d) => d.documentId);
  const documents =
    current?.name === "document-acceptance"
      ? await db().legalDocument.findMany({
          where: { businessId: workflow.businessId, key: { in: documentKeys } },
          select: {
            key: true,
            currentVersion: true,
            versions: { select: { id: true, version: true, title: true, content: true } },
          },
        })
      : [];

  return {
    status: workflow.status,
    businessName: workflow.business.name,
    title: workflow.title,
    customerMemo: workflow.customerMemo,
    expireAt: workflow.expireAt,
    steps: steps.map((s) => ({ stepName: s.name, displayName: STEP_DISPLAY_NAMES[s.name], status: s.status })),
    currentStep: current?.name ?? null,
    customer: workflow.customer,
    enhanceProfile: findStep(steps, "enhance-profile")?.parameters ?? ZEnhanceProfileParameters.parse({}),
    financialAccountSubType: findStep(steps, "financial-account")?.parameters.financialAccountSubType ?? null,
    account: accountShown(account),
    documents: documentKeys
      .map((key) => documents.find((d) => d.key === key))
      .filter((d) => d !== undefined)
      .map((d) => {
        const version = d.versions.find((v) => v.version === d.currentVersion)!;
        return {
          key: d.key,
          versionId: version.id,
          version: version.version,
          title: version.title,
          content: version.content,
        };
      }),
    payment: findStep(steps, "move-money")?.parameters ?? null,
    transaction: workflow.transaction
      ? { ...workflow.transaction, amount: workflow.transaction.amount.toFixed(2) }
      : null,
  };
};

export type GatewayView = Awaited<ReturnType<typeof toGatewayView>>;
