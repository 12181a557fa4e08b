import "server-only";
import { db, type Tx } from "@/server/db";
import { sql } from "@/server/db/sql";
import { AppError } from "@/server/errors";
import { newSixDigitCode } from "@/server/auth/one-time-code";
import { hashPassword } from "@/server/auth/password";
import { hashLinkToken, linkTokenFor, newLinkNonce } from "@/server/auth/link-token";
import {
  IdempotencyKeyTaken,
  markIdempotentReplyStaged,
  openIdempotencyScope,
} from "@/server/idempotency/idempotency-scope";
import { dispatchJobs } from "@/server/jobs/dispatch-jobs";
import { currentUnitOfWork } from "@/server/work/unit-of-work";
import type { Actor } from "@/server/services/actor";
import type { TextAllowance } from "@/server/services/sms/check-text-allowance";
import { checkStepReferences } from "./check-step-references";
import { createWorkflowStatement, newWorkflowRow } from "./create-workflow-statement";
import { type CreateWorkflowInput, ZCreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { toWorkflowDto } from "./workflow-dto";

export type CreateWorkflowArgs = {
  businessId: string;
  actor: Actor;
  input: CreateWorkflowInput;
  templateVersionId?: string;
  /** The business's default link lifetime when the caller read it already (with the API key); read here otherwise. */
  defaultExpireInHours?: number;
  /** The business's text allowance when the caller read it already (with the API key); read here otherwise. */
  textAllowance?: TextAllowance;
};

const HOUR_MS = 3_600_000;

const businessDefaultExpireInHours = async (reader: Tx, businessId: string) => {
  const business = await reader.business.findUnique({
    where: { id: businessId },
    select: { defaultExpireInHours: true },
  });
  if (!business) throw new AppError("NOT_FOUND", "Business not found");
  return business.defaultExpireInHours;
};

/**
 * Creates an ACTIVE workflow and, in one statement (createWorkflowStatement), everything that
 * goes with it: its steps, the jobs that text the link now and expire it later, the audit entry,
 * the webhook event, and the request's Idempotency-Key record. The first text starts at commit.
 * Returns the workflow, its passcode (once) and its link token (for the caller's own use).
 */
export const createWorkflow = async ({
  businessId,
  actor,
  input,
  templateVersionId,
  defaultExpireInHours,
  textAllowance,
}: CreateWorkflowArgs) => {
  const parsed = ZCreateWorkflowInput.safeParse(input);
  if (!parsed.success) throw parsed.error;
  const { title, customerMemo, expireInHours, authentication, locale, steps } = parsed.data;
  const notification = steps[0]!;
  if (notification.name !== "notification") throw new AppError("UNPROCESSABLE", "the first step must be notification");
  // Inside another service's unit of work: its transaction, its jobs, its idempotency record.
  const uow = currentUnitOfWork();
  const reader = uow?.tx ?? db();
  await checkStepReferences(reader, businessId, steps, { textAllowance });

  const linkNonce = newLinkNonce();
  const token = linkTokenFor(linkNonce);
  const passcode = authentication === "PASSCODE" ? newSixDigitCode() : undefined;
  const now = new Date();
  const lifetimeHours =
    expireInHours ?? defaultExpireInHours ?? (await businessDefaultExpireInHours(reader, businessId));
  const workflow = {
    businessId,
    title,
    customerMemo: customerMemo ?? null,
    locale: locale ?? null,
    phoneNumber: notification.parameters.phoneNumber ?? null,
    channel: notification.parameters.channel,
    email: notification.parameters.channel === "EMAIL" ? (notification.parameters.email ?? null) : null,
    expireAt: new Date(now.getTime() + lifetimeHours * HOUR_MS),
    tokenHash: hashLinkToken(token),
    linkNonce,
    authentication,
    passcodeHash: passcode ? await hashPassword(passcode) : null,
    templateVersionId: templateVersionId ?? null,
    customerId: steps.find((s) => s.name === "lookup-profile")?.parameters.customerId ?? null,
    actor,
    steps,
    now,
  };
  const row = newWorkflowRow(workflow);
  const created = { workflow: toWorkflowDto(row), passcode, token };

  const scope = uow ? undefined : openIdempotencyScope();
  const idempotency = scope ? { scope, reply: scope.reply(created) } : undefined;
  const { statement, read } = createWorkflowStatement({ workflow, row, idempotency });
  const [result] = uow
    ? await uow.tx.$queryRaw<Parameters<typeof read>[0][]>(statement)
    : await sql<Parameters<typeof read>[0]>(statement);
  const outcome = read(result!);
  if (!outcome.claimed) throw new IdempotencyKeyTaken();
  if (!outcome.created) throw new AppError("NOT_FOUND", "Business not found");
  if (scope && idempotency) markIdempotentReplyStaged(scope, idempotency.reply);
  if (uow) uow.track(outcome.jobs);
  else await dispatchJobs(outcome.jobs);
  return created;
};
