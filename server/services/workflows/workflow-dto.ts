import "server-only";
import { z } from "zod";
import type { Prisma } from "@/server/generated/prisma/client";
import { normalizeLocale } from "@/server/i18n/locales";
import { fromStepEnum, storedObject } from "./stored-step";
import { STEP_DISPLAY_NAMES, STEP_ORDER } from "@/server/contracts/workflows/step-parameters";

export const workflowSelect = {
  id: true,
  status: true,
  title: true,
  customerMemo: true,
  locale: true,
  phoneNumber: true,
  channel: true,
  email: true,
  expireAt: true,
  nextNotificationAt: true,
  declineReason: true,
  declineReasonText: true,
  customerId: true,
  templateVersionId: true,
  optedOut: true,
  openedAt: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
  steps: {
    orderBy: { position: "asc" },
    select: { id: true, position: true, name: true, status: true, parameters: true, data: true, completedAt: true },
  },
} satisfies Prisma.WorkflowSelect;

export type WorkflowRow = Prisma.WorkflowGetPayload<{ select: typeof workflowSelect }>;

export const ZWorkflowStepDto = z.object({
  id: z.string(),
  stepName: z.enum(STEP_ORDER),
  stepDisplayName: z.string(),
  status: z.enum(["CREATED", "ACTIVE", "COMPLETED", "DECLINED", "FAILED"]),
  parameters: z.record(z.string(), z.unknown()),
  data: z.record(z.string(), z.unknown()).nullable(),
  completedAt: z.iso.datetime().nullable(),
});

export const ZWorkflowDto = z.object({
  id: z.string(),
  status: z.enum(["CREATED", "ACTIVE", "COMPLETED", "DECLINED", "EXPIRED", "CANCELLED", "ARCHIVED"]),
  title: z.string(),
  customerMemo: z.string().nullable(),
  locale: z.enum(["en", "es"]).nullable().meta({
    description:
      "The customer's language as the request gave it; null: the Gateway follows the browser, texts are in English.",
  }),
  phoneNumber: z
    .string()
    .nullable()
    .meta({ description: "The number texted (SMS); for EMAIL, the optional number given." }),
  channel: z.enum(["SMS", "EMAIL"]).meta({ description: "How the customer is reached: texts, or email to `email`." }),
  email: z.string().nullable().meta({ description: "EMAIL: the address every message goes to." }),
  expireAt: z.iso.datetime(),
  nextNotificationAt: z.iso.datetime().nullable(),
  currentStep: z.enum(STEP_ORDER).nullable(),
  steps: z.array(ZWorkflowStepDto),
  customerId: z.string().nullable(),
  declineReason: z.object({ code: z.string(), text: z.string().nullable() }).nullable(),
  optedOut: z.boolean(),
  openedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

export type WorkflowDto = z.infer<typeof ZWorkflowDto>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toWorkflowDto = (row: WorkflowRow): WorkflowDto => {
  const current = row.steps.find((step) => step.status === "ACTIVE");
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    customerMemo: row.customerMemo,
    locale: normalizeLocale(row.locale),
    phoneNumber: row.phoneNumber,
    channel: row.channel,
    email: row.email,
    expireAt: row.expireAt.toISOString(),
    nextNotificationAt: iso(row.nextNotificationAt),
    currentStep: current ? fromStepEnum(current.name) : null,
    steps: row.steps.map((step) => ({
      id: step.id,
      stepName: fromStepEnum(step.name),
      stepDisplayName: STEP_DISPLAY_NAMES[fromStepEnum(step.name)],
      status: step.status,
      parameters: storedObject(step.parameters) ?? {},
      data: storedObject(step.data),
      completedAt: iso(step.completedAt),
    })),
    customerId: row.customerId,
    declineReason: row.declineReason ? { code: row.declineReason, text: row.declineReasonText } : null,
    optedOut: row.optedOut,
    openedAt: iso(row.openedAt),
    completedAt: iso(row.completedAt),
    createdAt: row.createdAt.toISOString(),
  };
};
