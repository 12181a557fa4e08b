import { inviteTeamMember } from "@/server/services/team/invite-team-member";
import { ZInviteMemberInput } from "@/server/contracts/team/team-member-input";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZPendingInvitation } from "./invitations";

/** Admins invite; the service refuses an owner invitation from anyone but an owner. */
export const inviteMember = businessProcedure("ADMIN")
  .input(ZInviteMemberInput)
  .output(ZPendingInvitation)
  .mutation(({ ctx, input }) => inviteTeamMember({ businessId: ctx.business.id, actor: ctx.actor, input }));
