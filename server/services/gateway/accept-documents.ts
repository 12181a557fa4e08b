import "server-only";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { emitDocumentsAccepted } from "@/server/services/webhooks/domain-events";
import { loadStep } from "@/server/services/workflows/stored-step";
import { completeStep } from "./complete-step";
import { loadGatewayWorkflow } from "./load-gateway-workflow";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type AcceptDocumentsInput = {
  workflowId: string;
  /** The document version ids the customer was shown: what they accepted, exactly. */
  documentVersionIds: string[];
  actor: Actor;
  ipAddress?: string | null;
  userAgent?: string | null;
};

/** document-acceptance: stores one acceptance per document with version, hash, time, IP and user agent. */
export const acceptDocuments = async ({
  workflowId,
  documentVersionIds,
  actor,
  ipAddress,
  userAgent,
}: AcceptDocumentsInput) =>
  inUnitOfWork(async (uow) => {
    const { tx } = uow;
    const workflow = await loadGatewayWorkflow(tx, workflowId);
    if (!workflow.customerId) throw new AppError("CONFLICT", "conflict.createAccountFirst");
    const step = await loadStep(tx, workflowId, "document-acceptance");
    const keys = (step?.parameters.documents ?? []).map((d) => d.documentId);
    const documents = await tx.legalDocument.findMany({
      where: { businessId: workflow.businessId, key: { in: keys } },
      select: { key: true, currentVersion: true, versions: { select: { id: true, version: true, contentHash: true } } },
    });
    const accepted = documents.map((document) => {
      const current = document.versions.find((v) => v.version === document.currentVersion);
      const shown = document.versions.find((v) => documentVersionIds.includes(v.id));
      if (!current || !shown)
        throw new AppError("UNPROCESSABLE", "validation.acceptEvery", [
          { path: document.key, message: "validation.notAccepted" },
        ]);
      if (shown.id !== current.id) throw new AppError("CONFLICT", "conflict.documentChanged");
      return current;
    });
    if (accepted.length !== keys.length) throw new AppError("CONFLICT", "conflict.documentGone");
    const acceptedAt = new Date();
    await tx.documentAcceptance.createMany({
      data: accepted.map((version) => ({
        businessId: workflow.businessId,
        customerId: workflow.customerId!,
        workflowId,
        documentVersionId: version.id,
        contentHash: version.contentHash,
        ipAddress: ipAddress?.slice(0, 64) ?? null,
        userAgent: userAgent?.slice(0, 512) ?? null,
        acceptedAt,
      })),
    });
    await emitDocumentsAccepted(uow, { workflowId });
    const completed = await completeStep(uow, {
      workflowId,
      stepName: "document-acceptance",
      data: { documentVersionIds: accepted.map((v) => v.id) },
    });
    await recordAudit(tx, {
      businessId: workflow.businessId,
      actor,
      action: "document.accepted",
      targetType: "Workflow",
      targetId: workflowId,
      metadata: { documents: keys },
    });
    return { finished: completed.finished };
  });
