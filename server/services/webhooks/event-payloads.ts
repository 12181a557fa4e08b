import { z } from "zod";
import { CustomerStatus, FinancialAccountSubType, FinancialAccountType, StepStatus, TransactionStatus, TransactionType, WorkflowStatus } from "../../generated/prisma/enums";
import { STEP_ORDER } from "../workflows/step-parameters";

// The event catalog: every event is `{id, type, createdAt, data}` and `data` has one of these
// shapes. emitEvent validates against them, and the OpenAPI document describes them (through
// GET /events), so what is sent and what is documented cannot drift apart.

const isoDate = z.iso.datetime();

const StepRef = z.object({ stepName: z.enum(STEP_ORDER), status: z.enum(StepStatus) }).nullable();

const WorkflowUpdated = z.object({
  workflow: z.object({
    id: z.string(),
    status: z.enum(WorkflowStatus),
    title: z.string(),
    customerId: z.string().nullable(),
    expireAt: isoDate,
    declineReason: z.object({ code: z.string(), text: z.string().nullable() }).nullable(),
    completedAt: isoDate.nullable(),
  }),
  previousStep: StepRef.meta({ description: "The step before the current one; when the workflow has ended, the last step acted on." }),
  currentStep: StepRef.meta({ description: "The step waiting for the customer; null once the workflow has ended." }),
  nextStep: StepRef,
});

const Customer = z.object({
  id: z.string(),
  status: z.enum(CustomerStatus),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phoneNumber: z.string(),
  createdAt: isoDate,
});

const CustomerCreated = z.object({ customer: Customer, workflowId: z.string().nullable() });

const CustomerStatusUpdated = z.object({ customer: Customer, previousStatus: z.enum(CustomerStatus) });

const MaskedAccount = z.object({
  id: z.string(),
  type: z.enum(FinancialAccountType),
  subType: z.enum(FinancialAccountSubType),
  lastFour: z.string().meta({ description: "The only digits of the number ever sent." }),
});

const FinancialAccountCreated = z.object({
  financialAccount: MaskedAccount.extend({ customerId: z.string(), holderName: z.string(), createdAt: isoDate }),
  workflowId: z.string().nullable(),
});

const DocumentAccepted = z.object({
  workflowId: z.string().nullable(),
  customerId: z.string(),
  documents: z.array(z.object({ documentId: z.string(), version: z.number().int(), title: z.string(), contentHash: z.string(), acceptedAt: isoDate })),
});

const TransactionStatusChanged = z.object({
  transaction: z.object({
    id: z.string(),
    status: z.enum(TransactionStatus),
    previousStatus: z.enum(TransactionStatus).nullable(),
    transactionType: z.enum(TransactionType),
    solution: z.enum(["ach", "push-to-card", "wire"]),
    amount: z.string().meta({ description: "Decimal string, e.g. \"12.50\"." }),
    currency: z.string(),
    failureReason: z.string().nullable(),
    workflowId: z.string().nullable(),
    customerId: z.string(),
    financialAccount: MaskedAccount,
  }),
});

const EndpointDisabled = z.object({
  endpoint: z.object({ id: z.string(), url: z.string(), disabledAt: isoDate }),
  reason: z.enum(["GONE", "FAILING"]).meta({ description: "GONE: the endpoint answered 410. FAILING: every delivery failed for 5 days." }),
});

const EndpointTest = z.object({ endpointId: z.string(), message: z.string() });

export const EVENT_DATA = {
  "linx.workflow-updated": WorkflowUpdated,
  "customer.created": CustomerCreated,
  "customer.status-updated": CustomerStatusUpdated,
  "financial-account.created": FinancialAccountCreated,
  "document.accepted": DocumentAccepted,
  "transactions.status-changed": TransactionStatusChanged,
  "webhook-endpoint.disabled": EndpointDisabled,
  "webhook-endpoint.test": EndpointTest,
} as const;

export type EventType = keyof typeof EVENT_DATA;
export type EventData<T extends EventType> = z.input<(typeof EVENT_DATA)[T]>;

/** What an endpoint can subscribe to; the test event goes only to the endpoint it tests. */
export const SUBSCRIBABLE_EVENT_TYPES = Object.keys(EVENT_DATA).filter((type) => type !== "webhook-endpoint.test") as Exclude<EventType, "webhook-endpoint.test">[];

const componentName = (type: string) => `${type.split(/[.-]/).map((part) => part[0]!.toUpperCase() + part.slice(1)).join("")}Event`;

const envelope = <T extends EventType>(type: T) =>
  z.object({ id: z.string().meta({ description: "`msg_…`, also sent as `webhook-id`; the same on every retry." }), type: z.literal(type), createdAt: isoDate, data: EVENT_DATA[type] }).meta({ id: componentName(type) });

/** One event as it is sent and listed; a union over the catalog, keyed by `type`. */
export const WebhookEventPayload = z
  .discriminatedUnion("type", (Object.keys(EVENT_DATA) as EventType[]).map(envelope) as unknown as [ReturnType<typeof envelope>, ...ReturnType<typeof envelope>[]])
  .meta({ id: "WebhookEvent" });
