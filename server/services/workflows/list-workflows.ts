import type { Prisma } from "../../generated/prisma/client";
import type { WorkflowStatus } from "../../generated/prisma/enums";
import { db } from "../../db";
import { KEYSET_ORDER, keysetTake, keysetWhere, toPage, type PageRequest } from "../pagination/keyset-page";
import { toWorkflowDto, workflowSelect } from "./workflow-dto";

export type ListWorkflowsInput = {
  businessId: string;
  page: PageRequest;
  status?: WorkflowStatus;
  /** A workflow id, a phone number (digits are enough) or words of the title. */
  search?: string;
  createdFrom?: Date;
  createdTo?: Date;
  templateId?: string;
};

const searchWhere = (search: string): Prisma.WorkflowWhereInput => {
  const digits = search.replace(/[^\d]/g, "");
  return {
    OR: [
      { id: search },
      ...(digits.length >= 4 ? [{ phoneNumber: { contains: digits } }] : []),
      { title: { contains: search, mode: "insensitive" as const } },
    ],
  };
};

export const listWorkflows = async ({ businessId, page, status, search, createdFrom, createdTo, templateId }: ListWorkflowsInput) => {
  const rows = await db().workflow.findMany({
    where: {
      AND: [
        { businessId },
        status ? { status } : {},
        createdFrom || createdTo ? { createdAt: { gte: createdFrom, lt: createdTo } } : {},
        templateId ? { templateVersion: { templateId } } : {},
        search?.trim() ? searchWhere(search.trim()) : {},
        keysetWhere(page),
      ],
    },
    orderBy: [...KEYSET_ORDER],
    take: keysetTake(page),
    select: workflowSelect,
  });
  const { items, hasMore } = toPage(rows, page);
  return { items: items.map(toWorkflowDto), hasMore, last: items.at(-1) };
};
