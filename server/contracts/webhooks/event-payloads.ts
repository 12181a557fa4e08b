import { z } from "zod";
import {
  CustomerStatus,
  FinancialAccountSubType,
  FinancialAccountType,
  StepStatus,
  TransactionStatus,
  TransactionType,
  WorkflowStatus,
} from "@/server/generated/prisma/enums";
import { STEP_ORDER } from "@/server/contracts/workflows/step-parameters";

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
  previousStep: StepRef.meta({
    description: "The step before the current one; when the workflow has ended, the last step acted on.",
  }),
  currentStep: StepRef.meta({ description: "The step waiting for the customer; null once the workflow has ended." }),
  nextStep: StepRef,
});

const Customer = z.object({
  id: z.string(),
  status: z.enum(CustomerStatus),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phoneNumber: z.string().nullable(),
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
  documents: z.array(
    z.object({
      documentId: z.string(),
      version: z.number().int(),
      title: z.string(),
      contentHash: z.string(),
      acceptedAt: isoDate,
    }),
  ),
});

const TransactionStatusChanged = z.object({
  transaction: z.object({
    id: z.string(),
    status: z.enum(TransactionStatus),
    previousStatus: z.enum(TransactionStatus).nullable(),
    transactionType: z.enum(TransactionType),
    solution: z.enum(["ach", "push-to-card", "wire"]),
    amount: z.string().meta({ description: 'Decimal string, e.g. "12.50".' }),
    currency: z.string(),
    failureReason: z.string().nullable(),
    workflowId: z.string().nullable(),
    customerId: z.string(),
    financialAccount: MaskedAccount,
  }),
});

const EndpointDisabled = z.object({
  endpoint: z.object({ id: z.string(), url: z.string(), disabledAt: isoDate }),
  reason: z
    .enum(["GONE", "FAILING"])
    .meta({ description: "GONE: the endpoint answered 410. FAILING: every delivery failed for 5 days." }),
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

/** When each event is sent: the catalog's words, in the OpenAPI document and docs/webhooks.md. */
export const EVENT_DESCRIPTIONS: Record<EventType, string> = {
  "linx.workflow-updated":
    "A workflow was created, changed status (COMPLETED, DECLINED, EXPIRED, CANCELLED), one of its steps changed status, or its expiry moved. Carries the previous, current and next step.",
  "customer.created": "The customer opened their account with you in the customer-account step.",
  "customer.status-updated":
    "A customer's status changed; a NEW customer becomes ACTIVE when a workflow of theirs completes.",
  "financial-account.created":
    "The customer added a bank account or card in the financial-account step. Only its last four digits are sent.",
  "document.accepted":
    "The customer accepted the legal documents of the document-acceptance step: one event for the documents accepted together, with versions and content hashes.",
  "transactions.status-changed":
    "A transaction was created (NEW, previousStatus null) or changed status: PENDING, PROCESSING, SETTLED, CLEARED, DECLINED, CANCELLED, ERROR or REVERSED.",
  "webhook-endpoint.disabled":
    "One of your endpoints was disabled: it answered 410, or every delivery to it failed for 5 days. Sent to your other endpoints.",
  "webhook-endpoint.test":
    "A test event, sent only to the endpoint you asked to test (POST /webhook-endpoints/{id}/test).",
};

/** What an endpoint can subscribe to; the test event goes only to the endpoint it tests. */
export const SUBSCRIBABLE_EVENT_TYPES = Object.keys(EVENT_DATA).filter(
  (type) => type !== "webhook-endpoint.test",
) as Exclude<EventType, "webhook-endpoint.test">[];

const componentName = (type: string) =>
  `${type
    .split(/[.-]/)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("")}Event`;

const envelope = <T extends EventType>(type: T) =>
  z
    .object({
      id: z.string().meta({ description: "`msg_…`, also sent as `webhook-id`; the same on every retry." }),
      type: z.literal(type),
      sequence: z.number().int().meta({
        description:
          "Grows with every event LinX writes: of two events about one object, the higher came later. Deliveries are not ordered.",
      }),
      createdAt: isoDate,
      data: EVENT_DATA[type],
    })
    .meta({ id: componentName(type), description: EVENT_DESCRIPTIONS[type] });

/** Each event as it is sent, `{id, type, sequence, createdAt, data}`, by type. */
export const EVENT_ENVELOPES = Object.fromEntries(
  (Object.keys(EVENT_DATA) as EventType[]).map((type) => [type, envelope(type)]),
) as {
  [T in EventType]: ReturnType<typeof envelope<T>>;
};

/** One event as it is sent and listed; a union over the catalog, keyed by `type`. */
export const WebhookEventPayload = z
  .discriminatedUnion(
    "type",
    Object.values(EVENT_ENVELOPES) as unknown as [ReturnType<typeof envelope>, ...ReturnType<typeof envelope>[]],
  )
  .meta({ id: "WebhookEvent" });
