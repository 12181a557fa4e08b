import { db } from "../../db";

/**
 * What the Gateway needs at a link's gate: which proof it asks for, when a lock ends, whether a
 * texted code is still live, and the phone's last four digits to say where the code went. The
 * passcode hash never leaves the server: it only keys the session cookie's HMAC.
 */
export const getLinkGate = async (workflowId: string) => {
  const workflow = await db().workflow.findUnique({
    where: { id: workflowId },
    select: { authentication: true, passcodeHash: true, lockedUntil: true, codeExpiresAt: true, phoneNumber: true },
  });
  if (!workflow) return null;
  const { phoneNumber, codeExpiresAt, ...gate } = workflow;
  return { ...gate, codeLive: Boolean(codeExpiresAt && codeExpiresAt.getTime() > Date.now()), phoneLastFour: phoneNumber.slice(-4) };
};
