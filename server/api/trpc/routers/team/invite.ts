import { inviteTeamMember } from "../../../../services/team/invite-team-member";
import { ZInviteMemberInput } from "../../../../services/team/team-member-input";
import { businessProcedure } from "../../init";
import { ZPendingInvitation } from "./invitations";

/** Admins invite; the service refuses an owner invitation from anyone but an owner. */
export const inviteMember = businessProcedure("ADMIN")
  .input(ZInviteMemberInput)
  .output(ZPendingInvitation)
  .mutation(({ ctx, input }) => inviteTeamMember({ businessId: ctx.business.id, actor: ctx.actor, input }));
