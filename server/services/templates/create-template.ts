import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/services/actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { ZTemplateInput, type TemplateInput } from "./template-input";
import { checkTemplateReferences } from "./check-template-references";
import { TEMPLATE_SELECT, toTemplateView } from "./template-view";
import { inUnitOfWork } from "@/server/work/unit-of-work";

/** Creates a template at version 1. Its steps follow the workflow rules and name only what exists. */
export const createTemplate = async ({
  businessId,
  actor,
  input,
}: {
  businessId: string;
  actor: Actor;
  input: TemplateInput;
}) => {
  const { name, steps, ...content } = ZTemplateInput.parse(input);
  return inUnitOfWork(async ({ tx }) => {
    await checkTemplateReferences(tx, businessId, steps);
    const template = await tx.workflowTemplate.create({
      data: {
        businessId,
        name,
        versions: { create: { version: 1, ...content, steps: steps as Prisma.InputJsonValue } },
      },
      select: TEMPLATE_SELECT,
    });
    await recordAudit(tx, {
      businessId,
      actor,
      action: "template.created",
      targetType: "WorkflowTemplate",
      targetId: template.id,
      metadata: { name, version: 1 },
    });
    return toTemplateView(template);
  });
};
