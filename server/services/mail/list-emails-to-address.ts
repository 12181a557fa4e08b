import "server-only";
import { decrypt } from "@/server/auth/encryption";
import { db } from "@/server/db";
import { withMailLink } from "@/server/mail/mail-body";

export type ReceivedEmail = { id: string; to: string; subject: string; text: string; html: string; createdAt: Date };

/**
 * What a mailbox would have received: emails to this address that went out or are on their way
 * (not failed), newest first, links filled in. Feeds the local inbox (/dev/mail, GET
 * /api/dev/mail), across businesses as a real mailbox would be.
 */
export const listEmailsToAddress = async ({
  to,
  limit = 50,
}: {
  to: string;
  limit?: number;
}): Promise<ReceivedEmail[]> => {
  const rows = await db().email.findMany({
    where: { toAddress: to, status: { in: ["QUEUED", "SENT", "DELIVERED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 200),
    select: { id: true, toAddress: true, subject: true, text: true, html: true, link: true, createdAt: true },
  });
  return rows.map(({ id, toAddress, subject, text, html, link, createdAt }) => {
    const fill = withMailLink(link ? decrypt(link) : null);
    return { id, to: toAddress, subject, text: fill.text(text), html: fill.html(html), createdAt };
  });
};
