import { isSixDigits } from "@/server/auth/one-time-code";
import type { FormState } from "@/server/contracts/gateway/form-state";
import { isAppError } from "@/server/errors";
import type { Translator } from "@/server/i18n/translator";
import type { Actor } from "@/server/services/actor";
import { sendSmsCode } from "@/server/services/gateway/send-sms-code";
import { verifyPasscode } from "@/server/services/gateway/verify-passcode";
import { verifySmsCode, type VerifySmsCodeResult } from "@/server/services/gateway/verify-sms-code";
import { customerActor, type GatewayExchange } from "./gateway-exchange";
import { gatewayTranslator } from "./gateway-locale";
import { text } from "./read-step-forms";
import { BACK, type FormOutcome, grantGatewaySession, readLink } from "./step-actions";

// The link's gate: a right passcode, or a right texted code, earns a cookie for this link only.

type GateKind = "passcode" | "code";

const problem = (state: FormState, status: number): FormOutcome => ({ kind: "form", state, status });

const locked = (t: Translator, kind: GateKind) =>
  problem({ fieldErrors: {}, formError: t("gateway.gate.lockedWait", { kind }) }, 429);

type Check = (workflowId: string, code: string, actor: Actor) => Promise<VerifySmsCodeResult>;

const checkCode = async (exchange: GatewayExchange, kind: GateKind, form: FormData, check: Check) => {
  const link = await readLink(exchange);
  const { access } = link;
  if (access.kind !== (kind === "passcode" ? "passcode" : "sms-code")) return BACK;
  const { t } = gatewayTranslator(exchange, link);
  const code = text(form, "code").replace(/\s/g, "");
  // A wrong length cannot be right: say so without spending one of the customer's attempts.
  if (!isSixDigits(code)) return problem({ fieldErrors: { code: t("gateway.gate.enterSix", { kind }) } }, 422);

  let result: VerifySmsCodeResult;
  try {
    result = await check(access.workflowId, code, customerActor(exchange));
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return locked(t, kind);
    if (isAppError(error) && error.code === "CONFLICT") return BACK;
    throw error;
  }
  if (!result.ok) {
    if ("expired" in result) return problem({ fieldErrors: { code: t("gateway.gate.expiredCode") } }, 422);
    if (result.locked) return locked(t, kind);
    return problem({ fieldErrors: { code: t("gateway.gate.wrong", { kind, left: result.attemptsLeft }) } }, 422);
  }
  grantGatewaySession(exchange, access.workflowId, access.gate);
  return BACK;
};

/** Texts a code to the workflow's phone (emails it, for a request by email), then shows the page again with the code field. */
const sendCode = async (exchange: GatewayExchange): Promise<FormOutcome> => {
  const link = await readLink(exchange);
  const { access } = link;
  if (access.kind !== "sms-code") return BACK;
  const { t, locale } = gatewayTranslator(exchange, link);
  try {
    const sent = await sendSmsCode({ workflowId: access.workflowId, actor: customerActor(exchange), locale });
    if (!sent.sent && sent.reason === "OPTED_OUT")
      return problem(
        {
          fieldErrors: {},
          formError: t(access.codeChannel === "email" ? "gateway.gate.optedOutEmail" : "gateway.gate.optedOut"),
        },
        409,
      );
    if (!sent.sent) return problem({ fieldErrors: {}, formError: t("gateway.gate.notSent") }, 409);
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") {
      const details = error.details as { retryAfterSeconds?: number; lockedUntil?: string } | undefined;
      if (details?.lockedUntil) return locked(t, "code");
      const formError = details?.retryAfterSeconds
        ? t("gateway.gate.tooSoon", { seconds: details.retryAfterSeconds })
        : t("gateway.gate.tooMany");
      return problem({ fieldErrors: {}, formError }, 429);
    }
    if (isAppError(error) && error.code === "CONFLICT") return BACK;
    throw error;
  }
  return BACK;
};

export const GATE_ACTIONS = {
  passcode: (exchange: GatewayExchange, form: FormData) =>
    checkCode(exchange, "passcode", form, (workflowId, passcode, actor) =>
      verifyPasscode({ workflowId, passcode, actor }),
    ),
  "sms-code": (exchange: GatewayExchange, form: FormData) =>
    checkCode(exchange, "code", form, (workflowId, code, actor) => verifySmsCode({ workflowId, code, actor })),
  "send-code": (exchange: GatewayExchange) => sendCode(exchange),
};
