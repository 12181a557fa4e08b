import "server-only";
import { ZodError } from "zod";
import { db } from "@/server/db";
import { AppError, inputProblems, isAppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { createWorkflow } from "@/server/services/workflows/create-workflow";
import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { resolveTemplateSteps, type TemplateRecipient } from "./resolve-template-steps";
import { TEMPLATE_VERSION_SELECT } from "./template-view";

export type CreateWorkflowFromTemplateArgs = {
  businessId: string;
  actor: Actor;
  templateId: string;
  recipient: TemplateRecipient;
  /** Each replaces the template's own value when given. */
  overrides?: Partial<
    Pick<CreateWorkflowInput, "title" | "customerMemo" | "expireInHours" | "authentication" | "locale">
  >;
};

const refuseTemplate = (message: string) =>
  new AppError("UNPROCESSABLE", `templateId: ${message}`, [{ path: "templateId", message }]);

/**
 * The caller named a template, not steps: a problem inside the template's steps (a document
 * archived since it was saved, say) is reported against `templateId`, with the step it is in.
 */
const inTemplateTerms = (error: unknown) => {
  const problems =
    error instanceof ZodError || (isAppError(error) && error.code === "UNPROCESSABLE") ? inputProblems(error) : null;
  if (!problems?.length) return error;
  const renamed = problems.map(({ path, message }) =>
    path.startsWith("steps")
      ? { path: "templateId", message: `the template's ${path}: ${message}` }
      : { path, message },
  );
  return new AppError("UNPROCESSABLE", renamed.map((p) => `${p.path}: ${p.message}`).join("; "), renamed);
};

/** Sends a workflow made from the template's current version, which the workflow keeps a link to. */
export const createWorkflowFromTemplate = async ({
  businessId,
  actor,
  templateId,
  recipient,
  overrides = {},
}: CreateWorkflowFromTemplateArgs) => {
  const template = await db().workflowTemplate.findFirst({
    where: { id: templateId, businessId },
    select: { archivedAt: true, versions: { orderBy: { version: "desc" }, take: 1, select: TEMPLATE_VERSION_SELECT } },
  });
  const version = template?.versions[0];
  if (!template || !version) throw refuseTemplate("no such template");
  if (template.archivedAt) throw refuseTemplate("the template is archived");
  try {
    return await createWorkflow({
      businessId,
      actor,
      templateVersionId: version.id,
      input: {
        title: overrides.title ?? version.title,
        customerMemo: overrides.customerMemo ?? version.customerMemo ?? undefined,
        expireInHours: overrides.expireInHours ?? version.expireInHours ?? undefined,
        authentication: overrides.authentication,
        locale: overrides.locale ?? version.locale ?? undefined,
        steps: resolveTemplateSteps(version, recipient),
      },
    });
  } catch (error) {
    throw inTemplateTerms(error);
  }
};
