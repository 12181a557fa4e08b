import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { TEXT_SENDER_SELECT, textSenderName } from "@/server/services/businesses/text-sender-name";
import { listLegalDocuments } from "@/server/services/legal-documents/list-legal-documents";
import { listTemplates } from "@/server/services/templates/list-templates";

// Enough for a picker; a business with more templates or documents types the id instead.
const PICKER_LIMIT = 100;

/** What the workflow pages offer to pick from: templates (filter and create), legal documents, the default expiry, and who texts are from. */
export const getWorkflowFormOptions = async ({ businessId }: { businessId: string }) => {
  const page = { limit: PICKER_LIMIT };
  const [business, templates, documents] = await Promise.all([
    db().business.findUnique({
      where: { id: businessId },
      select: { defaultExpireInHours: true, ...TEXT_SENDER_SELECT },
    }),
    listTemplates({ businessId, page }),
    listLegalDocuments({ businessId, page }),
  ]);
  if (!business) throw new AppError("NOT_FOUND", "Business not found");
  return {
    defaultExpireInHours: business.defaultExpireInHours,
    senderName: textSenderName(business),
    templates: templates.items,
    documents: documents.items,
  };
};
