import { z } from "zod";
import { Role } from "../../../../generated/prisma/enums";
import { listTeamMembers } from "../../../../services/team/list-team-members";
import { isoDateTime } from "../../../rest/date-time";
import { businessProcedure } from "../../init";

export const ZTeamMember = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(Role), joinedAt: isoDateTime });

export const listTeam = businessProcedure("VIEWER")
  .output(z.array(ZTeamMember))
  .query(({ ctx }) => listTeamMembers({ businessId: ctx.business.id }));
