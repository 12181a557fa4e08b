import "server-only";
import { db } from "@/server/db";
import {
  KEYSET_ORDER,
  keysetTake,
  keysetWhere,
  toPage,
  type PageRequest,
} from "@/server/services/pagination/keyset-page";
import { TEMPLATE_SELECT, toTemplateView } from "./template-view";

export type ListTemplatesInput = { businessId: string; page: PageRequest; status?: "ACTIVE" | "ARCHIVED" };

/** One page of templates, newest first, each at its current version. */
export const listTemplates = async ({ businessId, page, status }: ListTemplatesInput) => {
  const archived = status === undefined ? {} : { archivedAt: status === "ARCHIVED" ? { not: null } : null };
  const rows = await db().workflowTemplate.findMany({
    where: { AND: [{ businessId }, archived, keysetWhere(page)] },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: TEMPLATE_SELECT,
  });
  const { items, hasMore } = toPage(rows, page);
  return { items: items.map(toTemplateView), hasMore };
};
