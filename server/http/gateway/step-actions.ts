import { answeredMarkValue } from "@/server/auth/gateway-answered-mark";
import { GATEWAY_COOKIE, GATEWAY_IDLE_SECONDS, gatewaySessionValue } from "@/server/auth/gateway-session";
import type { FormState, GatewayIntent } from "@/server/contracts/gateway/form-state";
import { ERROR_STATUS, isAppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { acceptDocuments } from "@/server/services/gateway/accept-documents";
import { addFinancialAccount } from "@/server/services/gateway/add-financial-account";
import type { StepOutcome } from "@/server/services/gateway/complete-step";
import { confirmFinancialAccount } from "@/server/services/gateway/confirm-financial-account";
import { confirmPayment } from "@/server/services/gateway/confirm-payment";
import { confirmProfile } from "@/server/services/gateway/confirm-profile";
import { declineWorkflow } from "@/server/services/gateway/decline-workflow";
import { type LinkGate, readGatewayLink } from "@/server/services/gateway/read-gateway-link";
import { submitCustomerAccount } from "@/server/services/gateway/submit-customer-account";
import { submitEnhancedProfile } from "@/server/services/gateway/submit-enhanced-profile";
import { clientInfoFrom } from "./client-info";
import { customerActor, type GatewayExchange, linkProof, setCookie } from "./gateway-exchange";
import { gatewayTranslator } from "./gateway-locale";
import {
  ENHANCED_PROFILE_FIELDS,
  echoValues,
  readCustomerAccount,
  readDecline,
  readDocumentVersionIds,
  readEnhancedProfile,
  readFinancialAccount,
} from "./read-step-forms";
import { ANSWERED_COOKIE, ANSWERED_SECONDS, linkCookieOptions } from "./link-cookies";
import { toFormState } from "./to-form-state";

/** What a posted Gateway form comes to: back to the link (which then shows what comes next), or the form again with its problems. */
export type FormOutcome = { kind: "back" } | { kind: "form"; state: FormState; status: number };

export const BACK: FormOutcome = { kind: "back" };

export const readLink = (exchange: GatewayExchange) =>
  readGatewayLink({ token: exchange.token, proof: linkProof(exchange) });

/** After a right passcode or code, and again at each action: a cookie that opens this link, in this browser, until it goes unused for 30 minutes. */
export const grantGatewaySession = (exchange: GatewayExchange, workflowId: string, gate: LinkGate) =>
  setCookie(
    exchange,
    GATEWAY_COOKIE,
    gatewaySessionValue(workflowId, gate),
    linkCookieOptions(exchange.token, GATEWAY_IDLE_SECONDS),
  );

type StepContext = { workflowId: string; actor: Actor; ipAddress: string | null; userAgent: string | null };

/**
 * The one path of every Gateway step: check this browser may act on the link, call the service,
 * and either show its complaint beside the fields or go back to the link. The workflow comes from
 * the token, never from the form.
 */
const runStep = async (
  exchange: GatewayExchange,
  run: (context: StepContext) => Promise<StepOutcome>,
  values?: Record<string, string>,
): Promise<FormOutcome> => {
  const link = await readLink(exchange);
  const { access } = link;
  if (access.kind !== "open") return BACK;
  // Using the link keeps a passcode or code session alive (it lapses after 30 idle minutes).
  grantGatewaySession(exchange, access.workflowId, access.gate);

  const { ipAddress, userAgent } = clientInfoFrom(exchange.headers);
  let finished = false;
  try {
    ({ finished } = await run({ workflowId: access.workflowId, actor: customerActor(exchange), ipAddress, userAgent }));
  } catch (error) {
    const state = toFormState(gatewayTranslator(exchange, link).t, error, values);
    if (!state) throw error;
    // The link ended or the step moved on (another tab, a double tap): show where things are now.
    if (isAppError(error) && error.code === "CONFLICT" && (await readLink(exchange)).access.kind !== "open")
      return BACK;
    return { kind: "form", state, status: isAppError(error) ? ERROR_STATUS[error.code] : 422 };
  }
  if (finished)
    setCookie(
      exchange,
      ANSWERED_COOKIE,
      answeredMarkValue(access.workflowId),
      linkCookieOptions(exchange.token, ANSWERED_SECONDS),
    );
  return BACK;
};

type StepIntent = Exclude<GatewayIntent, "passcode" | "sms-code" | "send-code" | "locale">;

/** One handler per step form. Card and account numbers are never echoed back to the page, even after an error. */
export const STEP_ACTIONS: Record<StepIntent, (exchange: GatewayExchange, form: FormData) => Promise<FormOutcome>> = {
  "customer-account": (exchange, form) =>
    runStep(
      exchange,
      ({ workflowId, actor }) => submitCustomerAccount({ workflowId, input: readCustomerAccount(form), actor }),
      echoValues(form, ["firstName", "lastName", "email"]),
    ),
  "confirm-profile": (exchange) => runStep(exchange, ({ workflowId, actor }) => confirmProfile({ workflowId, actor })),
  "enhance-profile": (exchange, form) =>
    runStep(
      exchange,
      ({ workflowId, actor }) => submitEnhancedProfile({ workflowId, input: readEnhancedProfile(form), actor }),
      echoValues(form, ENHANCED_PROFILE_FIELDS),
    ),
  "financial-account": (exchange, form) =>
    runStep(
      exchange,
      ({ workflowId, actor }) => addFinancialAccount({ workflowId, input: readFinancialAccount(form), actor }),
      echoValues(form, ["holderName", "routingNumber"]),
    ),
  "confirm-financial-account": (exchange) =>
    runStep(exchange, ({ workflowId, actor }) => confirmFinancialAccount({ workflowId, actor })),
  "accept-documents": (exchange, form) =>
    runStep(exchange, ({ workflowId, actor, ipAddress, userAgent }) =>
      acceptDocuments({ workflowId, documentVersionIds: readDocumentVersionIds(form), actor, ipAddress, userAgent }),
    ),
  "confirm-payment": (exchange) => runStep(exchange, ({ workflowId, actor }) => confirmPayment({ workflowId, actor })),
  decline: (exchange, form) =>
    runStep(
      exchange,
      async ({ workflowId, actor }) => {
        await declineWorkflow({ workflowId, input: readDecline(form), actor });
        return { finished: true };
      },
      echoValues(form, ["reason", "text"]),
    ),
};
