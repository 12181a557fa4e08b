import { z } from "zod";
import { ZNotificationDto } from "@/server/services/notifications/notification-dto";
import { ZWorkflowDto } from "@/server/services/workflows/workflow-dto";
import { ZWorkflowSummary } from "@/server/services/workflows/workflow-summary";

// What the workflow procedures may send to the browser; anything else a service returns is stripped.

const iso = z.iso.datetime();

export const ZWorkflowSummaryPage = z.object({
  items: z.array(ZWorkflowSummary),
  nextCursor: z.string().nullable(),
  previousCursor: z.string().nullable(),
});

const ZTransaction = z.object({
  id: z.string(),
  status: z.string(),
  transactionType: z.string(),
  solution: z.string(),
  amount: z.string(),
  currency: z.string(),
  memo: z.string().nullable(),
  failureReason: z.string().nullable(),
  createdAt: iso,
  financialAccount: z.object({ type: z.string(), subType: z.string(), holderName: z.string(), lastFour: z.string() }),
  statusHistory: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      reason: z.string().nullable(),
      createdAt: iso,
    }),
  ),
});

export const ZWorkflowDetail = z.object({
  workflow: ZWorkflowDto,
  updatedAt: iso,
  /** How the customer proves the link reached them: nothing, a passcode given by staff, or a code texted on opening. */
  authentication: z.enum(["NONE", "PASSCODE", "SMS_CODE"]),
  /** A text (the first, or one resent) is queued and not sent yet: the Portal checks again shortly. */
  textPending: z.boolean(),
  customer: z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), status: z.string() }).nullable(),
  template: z.object({ id: z.string(), name: z.string(), version: z.number() }).nullable(),
  notifications: z.array(ZNotificationDto),
  transaction: ZTransaction.nullable(),
  timeline: z.array(
    z.object({
      at: iso,
      kind: z.string(),
      title: z.string(),
      detail: z.string().nullable(),
      actor: z.string().nullable(),
    }),
  ),
});

export const ZCreatedWorkflow = z.object({
  id: z.string(),
  title: z.string(),
  /** Only when a passcode was asked for; the server keeps only its hash, so this is the one time it is seen. */
  passcode: z.string().nullable(),
});

export type WorkflowDetailOutput = z.infer<typeof ZWorkflowDetail>;
