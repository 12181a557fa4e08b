"use server";

import { acceptDocuments } from "@/server/services/gateway/accept-documents";
import { addFinancialAccount } from "@/server/services/gateway/add-financial-account";
import { confirmFinancialAccount } from "@/server/services/gateway/confirm-financial-account";
import { confirmPayment } from "@/server/services/gateway/confirm-payment";
import { confirmProfile } from "@/server/services/gateway/confirm-profile";
import { declineWorkflow } from "@/server/services/gateway/decline-workflow";
import { submitCustomerAccount } from "@/server/services/gateway/submit-customer-account";
import { submitEnhancedProfile } from "@/server/services/gateway/submit-enhanced-profile";
import type { FormState } from "@/components/gateway/form-state";
import {
  ENHANCED_PROFILE_FIELDS,
  echoValues,
  readCustomerAccount,
  readDecline,
  readDocumentVersionIds,
  readEnhancedProfile,
  readFinancialAccount,
} from "@/app/l/[token]/_lib/read-step-forms";
import { runStepAction } from "@/app/l/[token]/_lib/run-step-action";

// One server action per Gateway screen, each bound to the link's token by the page. The token
// is the only thing taken from the client: the workflow comes from it, never from the form.

export const submitCustomerAccountAction = async (token: string, _state: FormState, form: FormData) =>
  runStepAction(
    token,
    ({ workflowId, actor }) => submitCustomerAccount({ workflowId, input: readCustomerAccount(form), actor }),
    echoValues(form, ["firstName", "lastName", "email"]),
  );

export const confirmProfileAction = async (token: string, _state: FormState, _form: FormData) =>
  runStepAction(token, ({ workflowId, actor }) => confirmProfile({ workflowId, actor }));

export const submitEnhancedProfileAction = async (token: string, _state: FormState, form: FormData) =>
  runStepAction(
    token,
    ({ workflowId, actor }) => submitEnhancedProfile({ workflowId, input: readEnhancedProfile(form), actor }),
    echoValues(form, ENHANCED_PROFILE_FIELDS),
  );

/** Card and account numbers are never sent back to the page, even after an error. */
export const addFinancialAccountAction = async (token: string, _state: FormState, form: FormData) =>
  runStepAction(
    token,
    ({ workflowId, actor }) => addFinancialAccount({ workflowId, input: readFinancialAccount(form), actor }),
    echoValues(form, ["holderName", "routingNumber"]),
  );

export const confirmFinancialAccountAction = async (token: string, _state: FormState, _form: FormData) =>
  runStepAction(token, ({ workflowId, actor }) => confirmFinancialAccount({ workflowId, actor }));

export const acceptDocumentsAction = async (token: string, _state: FormState, form: FormData) =>
  runStepAction(token, ({ workflowId, actor, ipAddress, userAgent }) =>
    acceptDocuments({ workflowId, documentVersionIds: readDocumentVersionIds(form), actor, ipAddress, userAgent }),
  );

export const confirmPaymentAction = async (token: string, _state: FormState, _form: FormData) =>
  runStepAction(token, ({ workflowId, actor }) => confirmPayment({ workflowId, actor }));

export const declineAction = async (token: string, _state: FormState, form: FormData) =>
  runStepAction(
    token,
    async ({ workflowId, actor }) => {
      await declineWorkflow({ workflowId, input: readDecline(form), actor });
      return { finished: true };
    },
    echoValues(form, ["reason", "text"]),
  );
