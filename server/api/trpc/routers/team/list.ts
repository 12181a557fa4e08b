import { z } from "zod";
import { Role } from "../../../../generated/prisma/enums";
import { listTeamMembers } from "../../../../services/team/list-team-members";
import { businessProcedure } from "../../init";

export const ZTeamMember = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(Role), joinedAt: z.iso.datetime() });

export const listTeam = businessProcedure("VIEWER")
  .output(z.array(ZTeamMember))
  .query(async ({ ctx }) => {
    const members = await listTeamMembers({ businessId: ctx.business.id });
    return members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() }));
  });
