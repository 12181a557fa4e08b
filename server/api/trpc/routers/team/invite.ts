import { z } from "zod";
import { inviteTeamMember } from "../../../../services/team/invite-team-member";
import { ZInviteMemberInput } from "../../../../services/team/team-member-input";
import { businessProcedure } from "../../init";
import { ZTeamMember } from "./list";

/** Admins invite; the service refuses an owner invitation from anyone but an owner. */
export const inviteMember = businessProcedure("ADMIN")
  .input(ZInviteMemberInput)
  .output(z.object({ member: ZTeamMember, oneTimePassword: z.string().nullable() }))
  .mutation(({ ctx, input }) => inviteTeamMember({ businessId: ctx.business.id, actor: ctx.actor, input }));
