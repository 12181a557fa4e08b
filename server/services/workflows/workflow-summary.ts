import "server-only";
import { z } from "zod";
import type { Prisma } from "@/server/generated/prisma/client";
import { DeclineReason, WorkflowStatus } from "@/server/generated/prisma/enums";

// A workflow as a row of a list or of the CSV export: no step parameters, the customer's name
// and the template it came from. Steps are counted from their statuses (a handful per workflow):
// Prisma's `_count` would join a count of every step of every workflow.

export const WORKFLOW_SUMMARY_SELECT = {
  id: true,
  status: true,
  title: true,
  phoneNumber: true,
  channel: true,
  email: true,
  expireAt: true,
  openedAt: true,
  completedAt: true,
  declineReason: true,
  createdAt: true,
  updatedAt: true,
  customer: { select: { firstName: true, lastName: true } },
  templateVersion: { select: { version: true, template: { select: { id: true, name: true } } } },
  steps: { select: { status: true } },
} satisfies Prisma.WorkflowSelect;

type SummaryRow = Prisma.WorkflowGetPayload<{ select: typeof WORKFLOW_SUMMARY_SELECT }>;

export const toWorkflowSummary = (row: SummaryRow): z.infer<typeof ZWorkflowSummary> => ({
  id: row.id,
  status: row.status,
  title: row.title,
  phoneNumber: row.phoneNumber,
  channel: row.channel,
  email: row.email,
  customerName: row.customer ? `${row.customer.firstName} ${row.customer.lastName}`.trim() : null,
  template: row.templateVersion
    ? {
        id: row.templateVersion.template.id,
        name: row.templateVersion.template.name,
        version: row.templateVersion.version,
      }
    : null,
  stepsCompleted: row.steps.filter((step) => step.status === "COMPLETED").length,
  stepsTotal: row.steps.length,
  declineReason: row.declineReason,
  expireAt: row.expireAt.toISOString(),
  openedAt: row.openedAt?.toISOString() ?? null,
  completedAt: row.completedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export type WorkflowSummary = ReturnType<typeof toWorkflowSummary>;

/** The shape every answer that lists workflows gives them in. */
export const ZWorkflowSummary = z.object({
  id: z.string(),
  status: z.enum(WorkflowStatus),
  title: z.string(),
  phoneNumber: z.string().nullable(),
  channel: z.enum(["SMS", "EMAIL"]),
  email: z.string().nullable(),
  customerName: z.string().nullable(),
  template: z.object({ id: z.string(), name: z.string(), version: z.number() }).nullable(),
  stepsCompleted: z.number(),
  stepsTotal: z.number(),
  declineReason: z.enum(DeclineReason).nullable(),
  expireAt: z.iso.datetime(),
  openedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
