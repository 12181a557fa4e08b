import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { ZTemplateInput, type TemplateInput } from "./template-input";
import { checkTemplateReferences } from "./check-template-references";
import { TEMPLATE_SELECT, templateArchived, templateNotFound, toTemplateView } from "./template-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

export type UpdateTemplateArgs = { businessId: string; templateId: string; actor: Actor; input: TemplateInput };

/**
 * Saves `input` as the template's next version (N+1), which new workflows use from now on.
 * Versions are never changed, so workflows made from earlier ones keep exactly what they were sent.
 */
export const updateTemplate = async ({ businessId, templateId, actor, input }: UpdateTemplateArgs) => {
  const { name, steps, ...content } = ZTemplateInput.parse(input);
  return inUnitOfWork(async ({ tx }) => {
    const template = await tx.workflowTemplate.findFirst({
      where: { id: templateId, businessId },
      select: { archivedAt: true },
    });
    if (!template) throw templateNotFound();
    if (template.archivedAt) throw templateArchived();
    await checkTemplateReferences(tx, businessId, steps);
    // The increment takes the row's lock: concurrent updates queue up and get N+1, N+2.
    const { count } = await tx.workflowTemplate.updateMany({
      where: { id: templateId, archivedAt: null },
      data: { name, currentVersion: { increment: 1 } },
    });
    if (count === 0) throw templateArchived();
    const { currentVersion: version } = await tx.workflowTemplate.findUniqueOrThrow({
      where: { id: templateId },
      select: { currentVersion: true },
    });
    await tx.workflowTemplateVersion.create({
      data: { templateId, version, ...content, steps: steps as Prisma.InputJsonValue },
      select: { id: true },
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "template.updated",
      targetType: "WorkflowTemplate",
      targetId: templateId,
      metadata: { name, version },
    });
    return toTemplateView(
      await tx.workflowTemplate.findUniqueOrThrow({ where: { id: templateId }, select: TEMPLATE_SELECT }),
    );
  });
};
