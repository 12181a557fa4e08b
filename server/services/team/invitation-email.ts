import "server-only";
import { env } from "@/server/env";
import type { Role } from "@/server/generated/prisma/enums";
import { ROLE_LABEL } from "@/server/contracts/team/roles";
import { newSingleUseLink } from "@/server/auth/single-use-link";
import type { UnitOfWork } from "@/server/work/unit-of-work";
import { queueEmail } from "@/server/services/mail/queue-email";

const INVITATION_DAYS = 7;
const INVITATION_PATH = "/invite";

export const newInvitationLink = (now = new Date()) => newSingleUseLink(INVITATION_DAYS * 24 * 3_600_000, now);

export const invitationUrl = (token: string) => `${env().APP_URL}${INVITATION_PATH}/${token}`;

type InvitationMail = {
  businessId: string;
  businessName: string;
  email: string;
  name: string;
  role: Role;
  invitedBy: string;
  token: string;
  hasAccount: boolean;
};

/** The invitation email, queued in the unit of work that made or renewed the invitation. */
export const queueInvitationEmail = (
  uow: UnitOfWork,
  { businessId, businessName, email, name, role, invitedBy, token, hasAccount }: InvitationMail,
) =>
  queueEmail(uow, {
    businessId,
    purpose: "STAFF_INVITATION",
    to: email,
    link: invitationUrl(token),
    content: {
      lang: "en",
      subject: `You are invited to ${businessName} on LinX`,
      paragraphs: [
        `Hello ${name},`,
        `${invitedBy} invited you to join ${businessName} on LinX, with the ${ROLE_LABEL[role]} role.`,
        hasAccount
          ? `You already have a LinX account as ${email}: open the link, sign in with your own password, and accept. Nothing changes until you do.`
          : "Open the link to choose your password and join. Nobody else knows or chooses it.",
      ],
      action: {
        label: "Accept the invitation",
        hint: `The link works once, for ${INVITATION_DAYS} days. If you did not expect this invitation, ignore this email.`,
      },
    },
  });
