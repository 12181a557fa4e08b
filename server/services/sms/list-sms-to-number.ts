import "server-only";
import { db } from "@/server/db";
import { parsePhoneNumber } from "@/server/sms/phone-number";
import { revealCodes } from "@/server/services/gateway/sms-code-message";
import { withLink } from "@/server/services/workflows/workflow-link";

export type ReceivedSms = { id: string; to: string; body: string; origin: string; createdAt: Date };

/**
 * What a phone would have received: texts to this number that went out (not suppressed or
 * failed), newest first. Feeds the local inbox (/dev/phone, GET /api/dev/sms), across businesses
 * as a real phone would be.
 */
export const listSmsToNumber = async ({ to, limit = 50 }: { to: string; limit?: number }): Promise<ReceivedSms[]> => {
  const toNumber = parsePhoneNumber(to, "to");
  const rows = await db().notification.findMany({
    where: { toNumber, channel: "SMS", status: { in: ["QUEUED", "SENT", "DELIVERED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 200),
    select: {
      id: true,
      toNumber: true,
      body: true,
      origin: true,
      createdAt: true,
      workflow: { select: { linkNonce: true } },
    },
  });
  // Bodies are stored with the link as a placeholder and codes sealed; the phone shows what was sent.
  return rows.map(({ toNumber: number, body, workflow, ...rest }) => ({
    to: number ?? toNumber,
    body: revealCodes(workflow ? withLink(workflow.linkNonce)(body) : body),
    ...rest,
  }));
};
