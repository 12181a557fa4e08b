import "server-only";
import type { Tx } from "@/server/db";
import { checkStepReferences } from "@/server/services/workflows/check-step-references";
import { SAMPLE_RECIPIENT, type TemplateStep, withRecipient } from "@/server/contracts/templates/template-steps";

/** The documents, customer and account a template names must exist in the business, as for a workflow. */
export const checkTemplateReferences = (tx: Tx, businessId: string, steps: TemplateStep[]) =>
  checkStepReferences(tx, businessId, withRecipient(steps, SAMPLE_RECIPIENT), { texts: false });
