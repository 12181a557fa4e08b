import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { listWorkflowNotifications } from "@/server/services/notifications/list-workflow-notifications";
import { toTransactionView, TRANSACTION_DETAIL_SELECT } from "@/server/services/transactions/transaction-view";
import { toWorkflowDto, workflowSelect } from "./workflow-dto";
import { buildTimeline } from "./workflow-timeline";

const TIMELINE_AUDIT_LIMIT = 200;

/** Display names for the staff users and API keys of the business that acted on the workflow. */
const loadActorNames = async (businessId: string, audit: Array<{ actorType: string; actorId: string | null }>) => {
  const ids = (type: string) => [
    ...new Set(audit.filter((e) => e.actorType === type && e.actorId).map((e) => e.actorId!)),
  ];
  const [users, keys] = await Promise.all([
    db().user.findMany({
      where: { id: { in: ids("USER") }, memberships: { some: { businessId } } },
      select: { id: true, name: true },
    }),
    db().apiKey.findMany({ where: { id: { in: ids("API_KEY") }, businessId }, select: { id: true, name: true } }),
  ]);
  return new Map([...users, ...keys].map((row) => [row.id, row.name]));
};

/**
 * Everything the Portal shows about one workflow: its steps, the template it came from, the
 * texts sent, the transaction (account masked) with its status history, and one timeline.
 * Another business's workflow is simply not found.
 */
export const getWorkflowDetail = async ({ businessId, workflowId }: { businessId: string; workflowId: string }) => {
  const row = await db().workflow.findFirst({
    where: { id: workflowId, businessId },
    select: {
      ...workflowSelect,
      authentication: true,
      customer: { select: { id: true, firstName: true, lastName: true, status: true } },
      templateVersion: { select: { version: true, template: { select: { id: true, name: true } } } },
      transaction: { select: TRANSACTION_DETAIL_SELECT },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Workflow not found");
  const targets = [
    { targetType: "Workflow", targetId: row.id },
    ...(row.transaction ? [{ targetType: "Transaction", targetId: row.transaction.id }] : []),
  ];
  const [notifications, audit, sendsDue] = await Promise.all([
    listWorkflowNotifications({ businessId, workflowId }),
    db().auditLog.findMany({
      where: { businessId, OR: targets },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: TIMELINE_AUDIT_LIMIT,
      select: { action: true, actorType: true, actorId: true, metadata: true, createdAt: true },
    }),
    // A resend is a job the runner picks up after the request: until it has run, the text is on its way.
    db().scheduledJob.count({
      where: { subjectId: row.id, kind: "WORKFLOW_SEND", status: { in: ["PENDING", "RUNNING"] } },
    }),
  ]);
  const workflow = toWorkflowDto(row);
  const transaction = row.transaction ? toTransactionView(row.transaction) : null;
  const timeline = buildTimeline({
    openedAt: workflow.openedAt,
    audit,
    steps: workflow.steps,
    notifications,
    transactionHistory: row.transaction?.statusHistory ?? [],
    actorNames: await loadActorNames(businessId, audit),
  });
  return {
    workflow,
    updatedAt: row.updatedAt.toISOString(),
    authentication: row.authentication,
    textPending: sendsDue > 0,
    customer: row.customer,
    template: row.templateVersion ? { ...row.templateVersion.template, version: row.templateVersion.version } : null,
    notifications,
    transaction: transaction && {
      ...transaction,
      createdAt: transaction.createdAt.toISOString(),
      updatedAt: transaction.updatedAt.toISOString(),
      financialAccount: {
        ...transaction.financialAccount,
        createdAt: transaction.financialAccount.createdAt.toISOString(),
      },
      statusHistory: transaction.statusHistory.map((change) => ({
        ...change,
        createdAt: change.createdAt.toISOString(),
      })),
    },
    timeline,
  };
};
