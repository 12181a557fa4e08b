import "server-only";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { normalizeLocale } from "@/server/i18n/locales";
import type { Actor } from "@/server/services/actor";
import type { BulkSendResult, BulkSendRow } from "@/server/contracts/templates/bulk-recipient-row";
import { createWorkflowFromTemplate } from "./create-workflow-from-template";

type Args = { businessId: string; actor: Actor; templateId: string; rows: BulkSendRow[] };

const TITLE_MAX = 200;

/**
 * Sends the template to each row, one transaction per row, so one bad row never undoes the others.
 * A refused row (AppError) is reported with its reason; anything unexpected fails the whole call.
 */
export const bulkCreateWorkflowsFromTemplate = async ({ businessId, actor, templateId, rows }: Args) => {
  const latest = await db().workflowTemplateVersion.findFirst({
    where: { templateId, template: { businessId } },
    orderBy: { version: "desc" },
    select: { title: true },
  });
  const results: BulkSendResult[] = [];
  for (const { row, phoneNumber, email, amount, name, locale: localeCell } of rows) {
    const title = latest && name?.trim() ? `${latest.title} for ${name.trim()}`.slice(0, TITLE_MAX) : undefined;
    const locale = localeCell?.trim() ? normalizeLocale(localeCell) : undefined;
    if (locale === null) {
      results.push({
        row,
        status: "failed",
        error: 'locale: must be "en" or "es" (regional forms such as "es-US" are accepted)',
      });
      continue;
    }
    try {
      const created = await createWorkflowFromTemplate({
        businessId,
        actor,
        templateId,
        recipient: { phoneNumber: phoneNumber || undefined, email: email || undefined, amount: amount || undefined },
        overrides: { title, locale },
      });
      results.push({ row, status: "created", workflowId: created.workflow.id });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ row, status: "failed", error: error.message });
    }
  }
  return { results };
};
