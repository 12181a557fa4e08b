import { db } from "../../db";
import { isAppError } from "../../errors";
import type { Actor } from "../actor";
import type { BulkSendResult, BulkSendRow } from "./bulk-recipient-row";
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
  for (const { row, phoneNumber, amount, name } of rows) {
    const title = latest && name?.trim() ? `${latest.title} for ${name.trim()}`.slice(0, TITLE_MAX) : undefined;
    try {
      const created = await createWorkflowFromTemplate({ businessId, actor, templateId, recipient: { phoneNumber, amount: amount || undefined }, overrides: { title } });
      results.push({ row, status: "created", workflowId: created.workflow.id });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ row, status: "failed", error: error.message });
    }
  }
  return { results };
};
