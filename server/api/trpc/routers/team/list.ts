import { z } from "zod";
import { Role } from "@/server/generated/prisma/enums";
import { listTeamMembers } from "@/server/services/team/list-team-members";
import { isoDateTime } from "@/server/api/rest/date-time";
import { businessProcedure } from "@/server/api/trpc/init";

export const ZTeamMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(Role),
  joinedAt: isoDateTime,
});

export const listTeam = businessProcedure("VIEWER")
  .output(z.array(ZTeamMember))
  .query(({ ctx }) => listTeamMembers({ businessId: ctx.business.id }));
