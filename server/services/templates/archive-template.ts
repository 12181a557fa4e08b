import "server-only";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { TEMPLATE_SELECT, templateNotFound, toTemplateView } from "./template-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/**
 * Retires a template: no new workflows from it, no new versions. Workflows already sent from it
 * go on. Archiving an archived template changes nothing and answers the same.
 */
export const archiveTemplate = async ({
  businessId,
  templateId,
  actor,
}: {
  businessId: string;
  templateId: string;
  actor: Actor;
}) =>
  inUnitOfWork(async ({ tx }) => {
    const { count } = await tx.workflowTemplate.updateMany({
      where: { id: templateId, businessId, archivedAt: null },
      data: { archivedAt: new Date() },
    });
    if (count > 0)
      await recordAudit(tx, {
        businessId,
        actor,
        action: "template.archived",
        targetType: "WorkflowTemplate",
        targetId: templateId,
      });
    const template = await tx.workflowTemplate.findFirst({
      where: { id: templateId, businessId },
      select: TEMPLATE_SELECT,
    });
    if (!template) throw templateNotFound();
    return toTemplateView(template);
  });
