"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isSixDigits } from "@/server/auth/one-time-code";
import { isAppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { sendSmsCode } from "@/server/services/gateway/send-sms-code";
import { verifyPasscode } from "@/server/services/gateway/verify-passcode";
import { verifySmsCode, type VerifySmsCodeResult } from "@/server/services/gateway/verify-sms-code";
import type { Translator } from "@/server/i18n/translator";
import type { FormState } from "@/components/gateway/form-state";
import { clientInfoFrom } from "@/app/l/[token]/_lib/client-info";
import { readLinkForAction } from "@/app/l/[token]/_lib/gateway-access";
import { actionTranslator } from "@/app/l/[token]/_lib/gateway-locale";
import { grantGatewaySession } from "@/app/l/[token]/_lib/grant-gateway-session";
import { linkPath } from "@/app/l/[token]/_lib/link-cookies";
import { text } from "@/app/l/[token]/_lib/read-step-forms";

// The link's gate: a right passcode, or a right texted code, earns a cookie for this link only.

type GateKind = "passcode" | "code";

const locked = (t: Translator, kind: GateKind): FormState => ({
  fieldErrors: {},
  formError: t("gateway.gate.lockedWait", { kind }),
});

const customer = async (): Promise<Actor> => {
  const { ipAddress } = clientInfoFrom(await headers());
  return { type: "CUSTOMER", ...(ipAddress ? { ipAddress } : {}) };
};

type Check = (workflowId: string, code: string, actor: Actor) => Promise<VerifySmsCodeResult>;

const checkCode = async (token: string, kind: GateKind, form: FormData, check: Check): Promise<FormState> => {
  const link = await readLinkForAction(token);
  const { access } = link;
  if (access.kind !== (kind === "passcode" ? "passcode" : "sms-code")) redirect(linkPath(token));
  const { t } = await actionTranslator(link);
  const code = text(form, "code").replace(/\s/g, "");
  // A wrong length cannot be right: say so without spending one of the customer's attempts.
  if (!isSixDigits(code)) return { fieldErrors: { code: t("gateway.gate.enterSix", { kind }) } };

  let result: VerifySmsCodeResult;
  try {
    result = await check(access.workflowId, code, await customer());
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return locked(t, kind);
    if (isAppError(error) && error.code === "CONFLICT") redirect(linkPath(token));
    throw error;
  }
  if (!result.ok) {
    if ("expired" in result) return { fieldErrors: { code: t("gateway.gate.expiredCode") } };
    if (result.locked) return locked(t, kind);
    return { fieldErrors: { code: t("gateway.gate.wrong", { kind, left: result.attemptsLeft }) } };
  }
  await grantGatewaySession(token, access.workflowId, access.gate);
  redirect(linkPath(token));
};

export const passcodeAction = async (token: string, _state: FormState, form: FormData) =>
  checkCode(token, "passcode", form, (workflowId, passcode, actor) => verifyPasscode({ workflowId, passcode, actor }));

export const smsCodeAction = async (token: string, _state: FormState, form: FormData) =>
  checkCode(token, "code", form, (workflowId, code, actor) => verifySmsCode({ workflowId, code, actor }));

/** Texts (or emails) a code to the workflow's phone (or address), then shows the page again with the code field. */
export const sendCodeAction = async (token: string, _state: FormState): Promise<FormState> => {
  const link = await readLinkForAction(token);
  const { access } = link;
  if (access.kind !== "sms-code") redirect(linkPath(token));
  const { t, locale } = await actionTranslator(link);
  try {
    const sent = await sendSmsCode({ workflowId: access.workflowId, actor: await customer(), locale });
    if (!sent.sent && sent.reason === "OPTED_OUT")
      return {
        fieldErrors: {},
        formError: t(access.codeChannel === "email" ? "gateway.gate.optedOutEmail" : "gateway.gate.optedOut"),
      };
    if (!sent.sent) return { fieldErrors: {}, formError: t("gateway.gate.notSent") };
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") {
      const details = error.details as { retryAfterSeconds?: number; lockedUntil?: string } | undefined;
      if (details?.lockedUntil) return locked(t, "code");
      return {
        fieldErrors: {},
        formError: details?.retryAfterSeconds
          ? t("gateway.gate.tooSoon", { seconds: details.retryAfterSeconds })
          : t("gateway.gate.tooMany"),
      };
    }
    if (isAppError(error) && error.code === "CONFLICT") redirect(linkPath(token));
    throw error;
  }
  redirect(linkPath(token));
};
