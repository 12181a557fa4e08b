import "server-only";
import type { Tx } from "@/server/db";
import { checkStepReferences } from "@/server/services/workflows/check-step-references";
import { SAMPLE_PHONE_NUMBER, type TemplateStep, withPhoneNumber } from "@/server/contracts/templates/template-steps";

/** The documents, customer and account a template names must exist in the business, as for a workflow. */
export const checkTemplateReferences = (tx: Tx, businessId: string, steps: TemplateStep[]) =>
  checkStepReferences(tx, businessId, withPhoneNumber(steps, SAMPLE_PHONE_NUMBER), { texts: false });
