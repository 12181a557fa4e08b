import "server-only";
import { normalizeLocale } from "@/server/i18n/locales";
import { Prisma } from "@/server/generated/prisma/client";
import type { StepStatus } from "@/server/generated/prisma/enums";
import { newId } from "@/server/db/new-id";
import { sql, sqlTransaction } from "@/server/db/sql";
import { env } from "@/server/env";
import { insertJobsStatement, type QueuedJob } from "@/server/jobs/enqueue-jobs";
import { dispatchJobs } from "@/server/jobs/dispatch-jobs";
import { phoneCountry } from "@/server/sms/phone-number";
import { smsSender } from "@/server/sms/sms-sender";
import { textSenderName } from "@/server/services/businesses/text-sender-name";
import { deliverSms } from "@/server/services/sms/deliver-sms";
import { eventCtes } from "@/server/services/webhooks/emit-event";
import { composeLinkMessage } from "@/server/contracts/workflows/link-message";
import { nextReminderAt } from "./reminder-schedule";
import type { StepNameValue } from "@/server/contracts/workflows/step-parameters";
import { withLink } from "./workflow-link";
import { sendWorkflowLinkByEmail } from "./send-workflow-link-by-email";

type SendJob = { id: string; subjectId: string; payload: Prisma.JsonValue | null };

// Read with plain SQL, a step's name is the product's (customer-account), as the database stores it.
type LoadedStep = {
  id: string;
  name: StepNameValue;
  status: StepStatus;
  parameters: { introductoryMessage?: string } | null;
};

type Loaded = {
  id: string;
  businessId: string;
  status: string;
  channel: string;
  title: string;
  customerMemo: string | null;
  locale: string | null;
  phoneNumber: string;
  expireAt: Date;
  linkNonce: string;
  customerId: string | null;
  name: string;
  smsSenderName: string | null;
  reminderFirstAfterHours: number;
  reminderEveryHours: number;
  reminderBeforeExpiryHours: number;
  smsAllowedCountries: string[];
  already: { id: string } | null;
  optedOut: boolean;
  lastSerial: number;
  steps: LoadedStep[];
};

// The workflow locked for this transaction: a duplicate run, a reminder, a resend take turns. A
// statement of its own, so that the load after it reads with a snapshot taken once the lock is
// held (in one statement, the texts a run that held the lock before had written would be missed).
const lockStatement = (job: SendJob) => Prisma.sql`SELECT 1 FROM "Workflow" WHERE "id" = ${job.subjectId} FOR UPDATE`;

// Everything the text needs: the workflow, its business's sender name and reminder settings, its
// steps, the opt-out of its number, its last text's serial, and the text this job already queued.
const loadStatement = (job: SendJob) => Prisma.sql`
  SELECT w."id", w."businessId", w."status"::text, w."channel"::text, w."title", w."customerMemo", w."locale", w."phoneNumber", w."expireAt", w."linkNonce", w."customerId",
    b."name", b."smsSenderName", b."reminderFirstAfterHours", b."reminderEveryHours", b."reminderBeforeExpiryHours", b."smsAllowedCountries",
    (SELECT json_build_object('id', n."id") FROM "Notification" n WHERE n."dedupeKey" = ${job.id}) AS "already",
    EXISTS (SELECT 1 FROM "SmsOptOut" o WHERE o."phoneNumber" = w."phoneNumber") AS "optedOut",
    (SELECT coalesce(max(n."serial"), 0) FROM "Notification" n WHERE n."workflowId" = w."id")::int AS "lastSerial",
    (SELECT json_agg(json_build_object('id', s."id", 'name', s."name", 'status', s."status", 'parameters', s."parameters") ORDER BY s."position")
       FROM "WorkflowStep" s WHERE s."workflowId" = w."id") AS "steps"
  FROM "Workflow" w JOIN "Business" b ON b."id" = w."businessId"
  WHERE w."id" = ${job.subjectId}`;

/**
 * Job WORKFLOW_SEND: texts the link (an emailed request's goes to sendWorkflowLinkByEmail), the first time (INITIAL) or again on request (MANUAL). The
 * text is queued in one transaction with what it changes: on the first text the notification step
 * completes, the next step becomes current, the `linx.workflow-updated` event is written and the
 * first reminder planned. Keyed by the job, so a job run twice finds its text and delivers it once.
 *
 * Every workflow's first text goes through here, so it is hand-written SQL (the row lock, a read,
 * then one statement writing everything), not the ~20 Prisma queries it took: the customer
 * messages lane must keep up with a burst of creates (scripts/bench-head-of-line.ts).
 */
export const sendWorkflowLink = async (job: SendJob) => {
  const payload = (job.payload ?? {}) as { origin?: string; notifiedBy?: string };
  const origin = payload.origin === "MANUAL" ? "MANUAL" : "INITIAL";
  const queued = await sqlTransaction(async (client) => {
    await sql(lockStatement(job), client);
    const [workflow] = await sql<Loaded>(loadStatement(job), client);
    if (!workflow) return null;
    if (workflow.channel === "EMAIL") return { byEmail: true as const };
    if (workflow.already) return { notificationId: workflow.already.id, linkNonce: workflow.linkNonce, jobs: [] };
    if (workflow.status !== "ACTIVE" || workflow.expireAt.getTime() <= Date.now()) return null;
    const now = new Date();
    const [notification, next] = [workflow.steps[0]!, workflow.steps[1]];
    const body = composeLinkMessage({
      kind: origin,
      senderName: textSenderName(workflow),
      title: workflow.title,
      memo: workflow.customerMemo,
      introductoryMessage: notification.parameters?.introductoryMessage,
      expireAt: workflow.expireAt,
      appUrl: env().APP_URL,
      locale: normalizeLocale(workflow.locale),
    });
    const country = phoneCountry(workflow.phoneNumber);
    const refused = !country || !workflow.smsAllowedCountries.includes(country);
    const status = workflow.optedOut ? "SUPPRESSED" : refused ? "FAILED" : "QUEUED";
    const notificationId = newId();
    const firstText = origin === "INITIAL" && notification.status === "ACTIVE";
    const remindAt = firstText
      ? nextReminderAt({ settings: workflow, sentAt: now, expireAt: workflow.expireAt })
      : null;
    const reminder = insertJobsStatement(
      remindAt
        ? [{ businessId: workflow.businessId, kind: "WORKFLOW_REMIND", subjectId: workflow.id, runAt: remindAt }]
        : [],
      now,
    );
    const at = now.toISOString();
    const stepsAfter = workflow.steps.map((step, i): { stepName: StepNameValue; status: StepStatus } => ({
      stepName: step.name,
      status: firstText && i === 0 ? "COMPLETED" : firstText && i === 1 ? "ACTIVE" : step.status,
    }));
    const event = firstText
      ? eventCtes({
          businessId: workflow.businessId,
          type: "linx.workflow-updated",
          data: {
            workflow: {
              id: workflow.id,
              status: "ACTIVE",
              title: workflow.title,
              customerId: workflow.customerId,
              expireAt: workflow.expireAt.toISOString(),
              declineReason: null,
              completedAt: null,
            },
            previousStep: stepsAfter[0] ?? null,
            currentStep: stepsAfter[1] ?? null,
            nextStep: stepsAfter[2] ?? null,
          },
        })
      : undefined;
    const [written] = await sql<{ jobs: Array<Omit<QueuedJob, "runAt"> & { runAt: string }> }>(
      Prisma.sql`
      WITH notification AS (
        INSERT INTO "Notification" ("id", "businessId", "workflowId", "serial", "origin", "toNumber", "body", "notifiedBy", "status", "provider", "dedupeKey", "errorCode", "createdAt", "updatedAt")
        VALUES (${notificationId}, ${workflow.businessId}, ${workflow.id}, ${workflow.lastSerial + 1}, ${origin}::"NotificationOrigin", ${workflow.phoneNumber}, ${body},
          ${payload.notifiedBy ?? "system"}, ${status}::"DeliveryStatus", ${smsSender().provider}, ${job.id}, ${status === "FAILED" ? "COUNTRY_NOT_ALLOWED" : null}, ${at}::timestamp(3), ${at}::timestamp(3))
      ), workflow AS (
        UPDATE "Workflow" SET "optedOut" = "optedOut" OR ${workflow.optedOut},
          "nextNotificationAt" = CASE WHEN ${firstText} THEN ${remindAt?.toISOString() ?? null}::timestamp(3) ELSE "nextNotificationAt" END, "updatedAt" = ${at}::timestamp(3)
        WHERE "id" = ${workflow.id} AND (${firstText} OR ${workflow.optedOut})
      ), completed AS (
        UPDATE "WorkflowStep" SET "status" = 'COMPLETED', "completedAt" = ${at}::timestamp(3), "data" = ${JSON.stringify({ notificationId })}::jsonb, "updatedAt" = ${at}::timestamp(3)
        WHERE "id" = ${notification.id} AND "status" = 'ACTIVE' AND ${firstText}
      ), activated AS (
        UPDATE "WorkflowStep" SET "status" = 'ACTIVE', "updatedAt" = ${at}::timestamp(3)
        WHERE "id" = ${next?.id ?? null} AND ${firstText}
      ), reminder AS (${reminder.statement})
      ${event ? Prisma.sql`, ${event.ctes}` : Prisma.empty}
      SELECT ${event ? Prisma.sql`coalesce((SELECT json_agg(json_build_object('id', "id", 'runAt', "runAt", 'lane', "lane", 'concurrencyKey', "concurrencyKey")) FROM event_job), '[]')` : Prisma.sql`'[]'::json`} AS "jobs"`,
      client,
    );
    const deliveries = written!.jobs.map((queuedJob) => ({ ...queuedJob, runAt: new Date(`${queuedJob.runAt}Z`) }));
    return { notificationId, linkNonce: workflow.linkNonce, jobs: [...reminder.queued, ...deliveries] };
  });
  if (!queued) return { sent: false as const };
  if ("byEmail" in queued)
    return sendWorkflowLinkByEmail({ id: job.id, subjectId: job.subjectId, origin, notifiedBy: payload.notifiedBy });
  await dispatchJobs(queued.jobs);
  // A refusal by the provider stays on the row as FAILED for staff to see; retrying would not help.
  const result = await deliverSms({ notificationId: queued.notificationId, render: withLink(queued.linkNonce) });
  return {
    sent: result.status !== "SUPPRESSED" && result.status !== "FAILED",
    notificationId: queued.notificationId,
    status: result.status,
  };
};
