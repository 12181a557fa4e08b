import "server-only";
import { normalizeLocale } from "@/server/i18n/locales";
import { AppError } from "@/server/errors";
import type { TemplateStep } from "@/server/contracts/templates/template-steps";

// What the template services return: the template with its current (latest) version, flattened.

export const TEMPLATE_VERSION_SELECT = {
  id: true,
  version: true,
  title: true,
  customerMemo: true,
  expireInHours: true,
  locale: true,
  steps: true,
  createdAt: true,
} as const;

export const TEMPLATE_SELECT = {
  id: true,
  name: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  // Versions only go up, so the latest is the current one.
  versions: { orderBy: { version: "desc" }, take: 1, select: TEMPLATE_VERSION_SELECT },
} as const;

type TemplateRow = {
  id: string;
  name: string;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  versions: Array<{
    id: string;
    version: number;
    title: string;
    customerMemo: string | null;
    expireInHours: number | null;
    locale: string | null;
    steps: unknown;
    createdAt: Date;
  }>;
};

export const toTemplateView = ({ versions, ...template }: TemplateRow) => {
  const current = versions[0];
  if (!current) throw new Error(`template ${template.id} has no version`);
  return {
    ...template,
    status: template.archivedAt ? ("ARCHIVED" as const) : ("ACTIVE" as const),
    version: current.version,
    versionId: current.id,
    title: current.title,
    customerMemo: current.customerMemo,
    expireInHours: current.expireInHours,
    locale: normalizeLocale(current.locale),
    // Stored only after ZTemplateSteps accepted them.
    steps: current.steps as TemplateStep[],
    versionCreatedAt: current.createdAt,
  };
};

/** The same 404 whether the template never existed or belongs to another business. */
export const templateNotFound = () => new AppError("NOT_FOUND", "Template not found");

export const templateArchived = () =>
  new AppError("CONFLICT", "The template is archived; archived templates cannot change");
