import { db } from "../../db";

/**
 * What the Gateway needs to check a passcode session and to say when a lock ends. The hash
 * never leaves the server: it only keys the session cookie's HMAC.
 */
export const getPasscodeGate = async (workflowId: string) =>
  db().workflow.findUnique({ where: { id: workflowId }, select: { passcodeHash: true, lockedUntil: true } });
