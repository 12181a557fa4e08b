"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isSixDigits } from "@/server/auth/one-time-code";
import { isAppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import { sendSmsCode } from "@/server/services/gateway/send-sms-code";
import { verifyPasscode } from "@/server/services/gateway/verify-passcode";
import { verifySmsCode, type VerifySmsCodeResult } from "@/server/services/gateway/verify-sms-code";
import type { FormState } from "@/components/gateway/form-state";
import { clientInfoFrom } from "./_lib/client-info";
import { readGatewayAccess } from "./_lib/gateway-access";
import { grantGatewaySession } from "./_lib/grant-gateway-session";
import { linkPath } from "./_lib/link-cookies";
import { text } from "./_lib/read-step-forms";

// The link's gate: a right passcode, or a right texted code, earns a cookie for this link only.

type GateKind = "passcode" | "code";

const locked = (kind: GateKind): FormState => ({ fieldErrors: {}, formError: `Too many wrong ${kind}s. For your security, wait 15 minutes and try again.` });

const customer = async (): Promise<Actor> => {
  const { ipAddress } = clientInfoFrom(await headers());
  return { type: "CUSTOMER", ...(ipAddress ? { ipAddress } : {}) };
};

type Check = (workflowId: string, code: string, actor: Actor) => Promise<VerifySmsCodeResult>;

const checkCode = async (token: string, kind: GateKind, form: FormData, check: Check): Promise<FormState> => {
  const access = await readGatewayAccess(token);
  if (access.kind !== (kind === "passcode" ? "passcode" : "sms-code")) redirect(linkPath(token));
  const code = text(form, "code").replace(/\s/g, "");
  // A wrong length cannot be right: say so without spending one of the customer's attempts.
  if (!isSixDigits(code)) return { fieldErrors: { code: `Enter the 6 digits of your ${kind}` } };

  let result: VerifySmsCodeResult;
  try {
    result = await check(access.workflowId, code, await customer());
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return locked(kind);
    if (isAppError(error) && error.code === "CONFLICT") redirect(linkPath(token));
    throw error;
  }
  if (!result.ok) {
    if ("expired" in result) return { fieldErrors: { code: "This code has expired. Ask for a new one below." } };
    if (result.locked) return locked(kind);
    const tries = result.attemptsLeft === 1 ? "1 attempt" : `${result.attemptsLeft} attempts`;
    return { fieldErrors: { code: `That ${kind} is not right. You have ${tries} left.` } };
  }
  await grantGatewaySession(token, access.workflowId);
  redirect(linkPath(token));
};

export const passcodeAction = async (token: string, _state: FormState, form: FormData) =>
  checkCode(token, "passcode", form, (workflowId, passcode, actor) => verifyPasscode({ workflowId, passcode, actor }));

export const smsCodeAction = async (token: string, _state: FormState, form: FormData) =>
  checkCode(token, "code", form, (workflowId, code, actor) => verifySmsCode({ workflowId, code, actor }));

/** Texts a code to the workflow's phone, then shows the page again with the code field. */
export const sendCodeAction = async (token: string, _state: FormState): Promise<FormState> => {
  const access = await readGatewayAccess(token);
  if (access.kind !== "sms-code") redirect(linkPath(token));
  try {
    const sent = await sendSmsCode({ workflowId: access.workflowId, actor: await customer() });
    if (!sent.sent && sent.reason === "OPTED_OUT") {
      return { fieldErrors: {}, formError: "This phone has turned off texts from LinX. Reply START to our last text, then try again." };
    }
    if (!sent.sent) return { fieldErrors: {}, formError: "We could not send the text just now. Please try again in a minute." };
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return { fieldErrors: {}, formError: error.message };
    if (isAppError(error) && error.code === "CONFLICT") redirect(linkPath(token));
    throw error;
  }
  redirect(linkPath(token));
};
