import { refresh } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAppError } from "@/server/errors";
import type { Actor } from "@/server/services/actor";
import type { StepOutcome } from "@/server/services/gateway/complete-step";
import type { FormState } from "@/components/gateway/form-state";
import { clientInfoFrom } from "./client-info";
import { answeredMarkValue } from "@/server/auth/gateway-answered-mark";
import { readLinkForAction } from "./gateway-access";
import { actionTranslator } from "./gateway-locale";
import { grantGatewaySession } from "./grant-gateway-session";
import { ANSWERED_COOKIE, ANSWERED_SECONDS, linkCookieOptions, linkPath } from "./link-cookies";
import { toFormState } from "./to-form-state";

type StepContext = { workflowId: string; actor: Actor; ipAddress: string | null; userAgent: string | null };

/**
 * The one path of every Gateway step action: check this browser may act on the link, call the
 * service, and either show its complaint beside the fields or go back to the link, which then
 * shows whatever comes next. Works the same with and without JavaScript.
 */
export const runStepAction = async (
  token: string,
  run: (context: StepContext) => Promise<StepOutcome>,
  values?: Record<string, string>,
): Promise<FormState> => {
  const link = await readLinkForAction(token);
  const { access } = link;
  if (access.kind !== "open") redirect(linkPath(token));
  // Using the link keeps a passcode or code session alive (it lapses after 30 idle minutes).
  await grantGatewaySession(token, access.workflowId, access.gate);

  const { ipAddress, userAgent } = clientInfoFrom(await headers());
  const actor: Actor = { type: "CUSTOMER", ...(ipAddress ? { ipAddress } : {}) };
  let finished = false;
  try {
    ({ finished } = await run({ workflowId: access.workflowId, actor, ipAddress, userAgent }));
  } catch (error) {
    const state = toFormState((await actionTranslator(link)).t, error, values);
    if (!state) throw error;
    if (isAppError(error) && error.code === "CONFLICT") {
      // The link ended or the step moved on (another tab, a double tap): show where things are now.
      if ((await readLinkForAction(token)).access.kind !== "open") redirect(linkPath(token));
      refresh();
    }
    return state;
  }
  if (finished)
    (await cookies()).set(
      ANSWERED_COOKIE,
      answeredMarkValue(access.workflowId),
      linkCookieOptions(token, ANSWERED_SECONDS),
    );
  redirect(linkPath(token));
};
