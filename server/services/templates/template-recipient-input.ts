import { z } from "zod";
import { zPhoneNumber } from "../../sms/phone-number";
import { objectId } from "../object-id";
import { ZCreateWorkflowInput } from "../workflows/create-workflow-input";
import { ZMoveMoneyParameters } from "../workflows/step-parameters";

/** One customer to send a template to: the checks the REST API applies to `templateId`, `phoneNumber` and `amount`. */
export const ZTemplateRecipientInput = z.object({
  templateId: objectId,
  phoneNumber: zPhoneNumber,
  amount: ZMoveMoneyParameters.shape.amount.optional(),
  authentication: ZCreateWorkflowInput.shape.authentication,
  locale: ZCreateWorkflowInput.shape.locale,
});
