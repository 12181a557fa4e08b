import "server-only";
import { db } from "@/server/db";
import { TEMPLATE_VERSION_SELECT, templateNotFound } from "./template-view";
import type { TemplateStep } from "@/server/contracts/templates/template-steps";

/** Every version of a template, newest first: what each one asked for and when it was saved. */
export const listTemplateVersions = async ({ businessId, templateId }: { businessId: string; templateId: string }) => {
  const template = await db().workflowTemplate.findFirst({
    where: { id: templateId, businessId },
    select: {
      versions: {
        orderBy: { version: "desc" },
        select: { ...TEMPLATE_VERSION_SELECT, _count: { select: { workflows: true } } },
      },
    },
  });
  if (!template) throw templateNotFound();
  return template.versions.map(({ _count, steps, ...version }) => ({
    ...version,
    steps: steps as TemplateStep[],
    workflowCount: _count.workflows,
  }));
};
