import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { CustomerStatus, TransactionStatus } from "@/server/generated/prisma/enums";
import { fromStepEnum } from "@/server/services/workflows/stored-step";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { emitEvent } from "./emit-event";

type Emitted = Promise<void>;
const done = async (emitted: ReturnType<typeof emitEvent>) => void (await emitted);

// One-line hooks for the domain services: each reads, inside the caller's unit of work, the state
// it reports and emits its event into it (`await emitX(uow, …)`); the deliveries start after
// commit. Account numbers never appear: only last fours.

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const MASKED_ACCOUNT = { id: true, type: true, subType: true, lastFour: true } as const;
const CUSTOMER = {
  id: true,
  status: true,
  firstName: true,
  lastName: true,
  email: true,
  phoneNumber: true,
  createdAt: true,
} as const;

const customerData = <T extends { createdAt: Date }>(customer: T) => ({
  ...customer,
  createdAt: customer.createdAt.toISOString(),
});

const WORKFLOW_STATE = {
  id: true,
  businessId: true,
  status: true,
  title: true,
  customerId: true,
  expireAt: true,
  declineReason: true,
  declineReasonText: true,
  completedAt: true,
  steps: { orderBy: { position: "asc" }, select: { name: true, status: true } },
} satisfies Prisma.WorkflowSelect;

/** What linx.workflow-updated reports of a workflow, its steps in order. */
export type WorkflowState = Prisma.WorkflowGetPayload<{ select: typeof WORKFLOW_STATE }>;

/**
 * linx.workflow-updated: the workflow with its previous, current and next step. Give the workflow's
 * id, or its state when the caller has just written it (createWorkflow), to save reading it back.
 */
export const emitWorkflowUpdated = async (uow: UnitOfWork, workflowOrId: string | WorkflowState): Emitted => {
  const workflow =
    typeof workflowOrId === "string"
      ? await uow.tx.workflow.findUniqueOrThrow({ where: { id: workflowOrId }, select: WORKFLOW_STATE })
      : workflowOrId;
  const steps = workflow.steps.map((step) => ({ stepName: fromStepEnum(step.name), status: step.status }));
  const current = steps.findIndex((step) => step.status === "ACTIVE");
  const lastActedOn = steps.findLastIndex((step) => step.status !== "CREATED");
  const previous = current >= 0 ? current - 1 : lastActedOn;
  return done(
    emitEvent(uow, {
      businessId: workflow.businessId,
      type: "linx.workflow-updated",
      data: {
        workflow: {
          id: workflow.id,
          status: workflow.status,
          title: workflow.title,
          customerId: workflow.customerId,
          expireAt: workflow.expireAt.toISOString(),
          declineReason: workflow.declineReason
            ? { code: workflow.declineReason, text: workflow.declineReasonText }
            : null,
          completedAt: iso(workflow.completedAt),
        },
        previousStep: steps[previous] ?? null,
        currentStep: steps[current] ?? null,
        nextStep: current >= 0 ? (steps[current + 1] ?? null) : null,
      },
    }),
  );
};

export const emitCustomerCreated = async (
  uow: UnitOfWork,
  { customerId, workflowId = null }: { customerId: string; workflowId?: string | null },
): Emitted => {
  const { businessId, ...customer } = await uow.tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { ...CUSTOMER, businessId: true },
  });
  return done(
    emitEvent(uow, { businessId, type: "customer.created", data: { customer: customerData(customer), workflowId } }),
  );
};

export const emitCustomerStatusUpdated = async (
  uow: UnitOfWork,
  { customerId, previousStatus }: { customerId: string; previousStatus: CustomerStatus },
): Emitted => {
  const { businessId, ...customer } = await uow.tx.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { ...CUSTOMER, businessId: true },
  });
  if (customer.status === previousStatus) return;
  return done(
    emitEvent(uow, {
      businessId,
      type: "customer.status-updated",
      data: { customer: customerData(customer), previousStatus },
    }),
  );
};

export const emitFinancialAccountCreated = async (
  uow: UnitOfWork,
  { financialAccountId, workflowId = null }: { financialAccountId: string; workflowId?: string | null },
): Emitted => {
  const { businessId, createdAt, ...account } = await uow.tx.financialAccount.findUniqueOrThrow({
    where: { id: financialAccountId },
    select: { ...MASKED_ACCOUNT, customerId: true, holderName: true, createdAt: true, businessId: true },
  });
  return done(
    emitEvent(uow, {
      businessId,
      type: "financial-account.created",
      data: { financialAccount: { ...account, createdAt: createdAt.toISOString() }, workflowId },
    }),
  );
};

/** document.accepted: the acceptances a workflow recorded (one event for the documents accepted together). */
export const emitDocumentsAccepted = async (uow: UnitOfWork, { workflowId }: { workflowId: string }): Emitted => {
  const acceptances = await uow.tx.documentAcceptance.findMany({
    where: { workflowId },
    orderBy: { acceptedAt: "asc" },
    select: {
      businessId: true,
      customerId: true,
      contentHash: true,
      acceptedAt: true,
      documentVersion: { select: { version: true, title: true, document: { select: { key: true } } } },
    },
  });
  const first = acceptances[0];
  if (!first) return;
  const documents = acceptances.map((a) => ({
    documentId: a.documentVersion.document.key,
    version: a.documentVersion.version,
    title: a.documentVersion.title,
    contentHash: a.contentHash,
    acceptedAt: a.acceptedAt.toISOString(),
  }));
  return done(
    emitEvent(uow, {
      businessId: first.businessId,
      type: "document.accepted",
      data: { workflowId, customerId: first.customerId, documents },
    }),
  );
};

/** transactions.status-changed: every status, NEW included (previousStatus null). */
export const emitTransactionStatusChanged = async (
  uow: UnitOfWork,
  { transactionId, previousStatus }: { transactionId: string; previousStatus: TransactionStatus | null },
): Emitted => {
  const { businessId, amount, solution, ...transaction } = await uow.tx.transaction.findUniqueOrThrow({
    where: { id: transactionId },
    select: {
      id: true,
      businessId: true,
      status: true,
      transactionType: true,
      solution: true,
      amount: true,
      currency: true,
      failureReason: true,
      workflowId: true,
      customerId: true,
      financialAccount: { select: MASKED_ACCOUNT },
    },
  });
  const solutionName = ({ ACH: "ach", PUSH_TO_CARD: "push-to-card", WIRE: "wire" } as const)[solution];
  return done(
    emitEvent(uow, {
      businessId,
      type: "transactions.status-changed",
      data: { transaction: { ...transaction, previousStatus, solution: solutionName, amount: amount.toFixed(2) } },
    }),
  );
};
