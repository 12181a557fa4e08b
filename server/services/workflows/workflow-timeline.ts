import "server-only";
// Every event of a workflow in one list, oldest first, from what the database already holds:
// audit entries, step completions, texts and the transaction's status changes.

export type TimelineEvent = {
  at: string;
  kind: "audit" | "step" | "notification" | "transaction" | "opened";
  title: string;
  detail: string | null;
  actor: string | null;
};

type AuditEntry = { action: string; actorType: string; actorId: string | null; metadata: unknown; createdAt: Date };
type StepEntry = { stepDisplayName: string; status: string; completedAt: string | null };
type NotificationEntry = {
  serial: number;
  channel: string;
  origin: string;
  status: string;
  notifiedAt: string;
  errorCode: string | null;
};
type StatusChange = { fromStatus: string | null; toStatus: string; reason: string | null; createdAt: Date };

export type TimelineSources = {
  openedAt: string | null;
  audit: AuditEntry[];
  steps: StepEntry[];
  notifications: NotificationEntry[];
  transactionHistory: StatusChange[];
  /** Display names of the staff users and API keys that appear in the audit entries. */
  actorNames: Map<string, string>;
};

const AUDIT_TITLES: Record<string, string> = {
  "workflow.created": "Workflow created",
  "workflow.completed": "Workflow completed",
  "workflow.resent": "Link resent",
  "workflow.extended": "Expiry extended",
  "workflow.cancelled": "Workflow cancelled",
  "workflow.expired": "Workflow expired",
  "workflow.declined": "Customer declined",
  "document.accepted": "Documents accepted",
  "transaction.confirmed": "Payment confirmed by the customer",
};

const sentence = (action: string) => action.replace(/[.-]/g, " ").replace(/^./, (c) => c.toUpperCase());

const actorLabel = (entry: AuditEntry, names: Map<string, string>) => {
  if (entry.actorType === "SYSTEM") return "LinX";
  if (entry.actorType === "CUSTOMER") return "Customer";
  const name = entry.actorId ? names.get(entry.actorId) : undefined;
  return entry.actorType === "API_KEY" ? `API key ${name ?? ""}`.trim() : (name ?? "Staff member");
};

const auditDetail = ({ action, metadata }: AuditEntry) => {
  const data = (metadata ?? {}) as Record<string, unknown>;
  if (action === "workflow.extended" && typeof data.to === "string")
    return `New expiry ${data.to.slice(0, 16).replace("T", " ")} UTC`;
  if (action === "workflow.declined" && typeof data.reason === "string") return `Reason: ${data.reason}`;
  return null;
};

export const buildTimeline = ({
  openedAt,
  audit,
  steps,
  notifications,
  transactionHistory,
  actorNames,
}: TimelineSources): TimelineEvent[] => {
  const events: TimelineEvent[] = [
    // The customer's first visit has its own entry below, from openedAt (older workflows have no audit entry for it).
    ...audit
      .filter((entry) => entry.action !== "workflow.opened")
      .map((entry) => ({
        at: entry.createdAt.toISOString(),
        kind: "audit" as const,
        title: AUDIT_TITLES[entry.action] ?? sentence(entry.action),
        detail: auditDetail(entry),
        actor: actorLabel(entry, actorNames),
      })),
    ...(openedAt
      ? [{ at: openedAt, kind: "opened" as const, title: "Customer opened the link", detail: null, actor: "Customer" }]
      : []),
    ...steps
      .filter((step) => step.completedAt)
      .map((step) => ({
        at: step.completedAt!,
        kind: "step" as const,
        title: `Step ${step.status.toLowerCase()}: ${step.stepDisplayName}`,
        detail: null,
        actor: null,
      })),
    ...notifications.map((text) => ({
      at: text.notifiedAt,
      kind: "notification" as const,
      title: `${text.channel === "EMAIL" ? "Email" : "SMS"} #${text.serial} (${text.origin.toLowerCase()})`,
      detail: `Delivery: ${text.status.toLowerCase()}${text.errorCode ? `, error ${text.errorCode}` : ""}`,
      actor: null,
    })),
    ...transactionHistory.map((change) => ({
      at: change.createdAt.toISOString(),
      kind: "transaction" as const,
      title: change.fromStatus
        ? `Transaction ${change.fromStatus} → ${change.toStatus}`
        : `Transaction ${change.toStatus}`,
      detail: change.reason,
      actor: null,
    })),
  ];
  return events.sort((a, b) => a.at.localeCompare(b.at));
};
