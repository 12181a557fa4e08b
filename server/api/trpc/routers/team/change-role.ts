import { z } from "zod";
import { Role } from "@/server/generated/prisma/enums";
import { changeMemberRole } from "@/server/services/team/change-member-role";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZTeamMember } from "./list";

export const changeRole = businessProcedure("ADMIN")
  .input(z.object({ userId: z.string().min(1).max(64), role: z.enum(Role) }))
  .output(ZTeamMember)
  .mutation(({ ctx, input }) =>
    changeMemberRole({ businessId: ctx.business.id, userId: input.userId, role: input.role, actor: ctx.actor }),
  );
