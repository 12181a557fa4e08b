import type { Tx } from "../../db";
import { checkStepReferences } from "../workflows/check-step-references";
import { SAMPLE_PHONE_NUMBER, type TemplateStep, withPhoneNumber } from "./template-steps";

/** The documents, customer and account a template names must exist in the business, as for a workflow. */
export const checkTemplateReferences = (tx: Tx, businessId: string, steps: TemplateStep[]) =>
  checkStepReferences(tx, businessId, withPhoneNumber(steps, SAMPLE_PHONE_NUMBER), { texts: false });
