import { z } from "zod";
import { zLocale } from "@/server/i18n/locale-input";
import { ZSteps } from "./step-parameters";

// What createWorkflow takes. Apart from the service so that browser code (the Portal's form) can
// validate with the very same schema without pulling in the database client.

export const MAX_EXPIRE_IN_HOURS = 24 * 365;

export const ZCreateWorkflowInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  customerMemo: z.string().trim().max(500).optional(),
  expireInHours: z.number().int().positive().max(MAX_EXPIRE_IN_HOURS).optional(),
  /**
   * PASSCODE: a 6-digit code, returned once in this response, that the customer must enter first.
   * SMS_CODE: the customer has the Gateway text a one-time code to the workflow's phone first.
   */
  authentication: z.enum(["NONE", "PASSCODE", "SMS_CODE"]).default("NONE"),
  locale: zLocale.optional(),
  steps: ZSteps,
});

export type CreateWorkflowInput = z.input<typeof ZCreateWorkflowInput>;
