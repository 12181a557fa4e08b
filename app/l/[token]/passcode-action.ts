"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { GATEWAY_COOKIE, gatewaySessionValue } from "@/server/auth/gateway-session";
import { isAppError } from "@/server/errors";
import { getPasscodeGate } from "@/server/services/gateway/get-passcode-gate";
import { verifyPasscode } from "@/server/services/gateway/verify-passcode";
import type { FormState } from "@/components/gateway/form-state";
import { clientInfoFrom } from "./_lib/client-info";
import { readGatewayAccess } from "./_lib/gateway-access";
import { PASSCODE_SESSION_SECONDS, linkCookieOptions, linkPath } from "./_lib/link-cookies";
import { text } from "./_lib/read-step-forms";

const LOCKED = "Too many wrong passcodes. For your security, wait 15 minutes and try again.";

/** The passcode gate: a right passcode earns a cookie for this link only. */
export const passcodeAction = async (token: string, _state: FormState, form: FormData): Promise<FormState> => {
  const access = await readGatewayAccess(token);
  if (access.kind !== "passcode") redirect(linkPath(token));

  const passcode = text(form, "passcode").replace(/\s/g, "");
  // A wrong length cannot be right: say so without spending one of the customer's attempts.
  if (!/^\d{6}$/.test(passcode)) return { fieldErrors: { passcode: "Enter the 6 digits of your passcode" } };

  const { ipAddress } = clientInfoFrom(await headers());
  let result: Awaited<ReturnType<typeof verifyPasscode>>;
  try {
    result = await verifyPasscode({ workflowId: access.workflowId, passcode, actor: { type: "CUSTOMER", ...(ipAddress ? { ipAddress } : {}) } });
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return { fieldErrors: {}, formError: LOCKED };
    if (isAppError(error) && error.code === "CONFLICT") redirect(linkPath(token));
    throw error;
  }
  if (!result.ok) {
    if (result.locked) return { fieldErrors: {}, formError: LOCKED };
    const tries = result.attemptsLeft === 1 ? "1 attempt" : `${result.attemptsLeft} attempts`;
    return { fieldErrors: { passcode: `That passcode is not right. You have ${tries} left.` } };
  }
  const gate = await getPasscodeGate(access.workflowId);
  if (gate?.passcodeHash) {
    (await cookies()).set(GATEWAY_COOKIE, gatewaySessionValue(access.workflowId, gate.passcodeHash), linkCookieOptions(token, PASSCODE_SESSION_SECONDS));
  }
  redirect(linkPath(token));
};
