import { z } from "zod";
import { zEmailAddress } from "@/server/mail/email-address";
import { zPhoneNumber } from "@/server/sms/phone-number";
import { objectId } from "@/server/contracts/object-id";
import { ZCreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { ZMoveMoneyParameters } from "@/server/contracts/workflows/step-parameters";

/**
 * One customer to send a template to: the checks the REST API applies to `templateId`, `phoneNumber`,
 * `email` and `amount`. Which of the phone and the address is required depends on the template's
 * channel, which the service checks.
 */
export const ZTemplateRecipientInput = z.object({
  templateId: objectId,
  phoneNumber: zPhoneNumber.optional(),
  email: zEmailAddress.optional(),
  amount: ZMoveMoneyParameters.shape.amount.optional(),
  authentication: ZCreateWorkflowInput.shape.authentication,
  locale: ZCreateWorkflowInput.shape.locale,
});
