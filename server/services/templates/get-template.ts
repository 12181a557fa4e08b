import "server-only";
import { db } from "@/server/db";
import { TEMPLATE_SELECT, templateNotFound, toTemplateView } from "./template-view";

/** The template at its current version. Another business's template is simply not found. */
export const getTemplate = async ({ businessId, templateId }: { businessId: string; templateId: string }) => {
  const template = await db().workflowTemplate.findFirst({
    where: { id: templateId, businessId },
    select: TEMPLATE_SELECT,
  });
  if (!template) throw templateNotFound();
  return toTemplateView(template);
};
