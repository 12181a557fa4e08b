import { z } from "zod";
import { removeTeamMember } from "@/server/services/team/remove-team-member";
import { businessProcedure } from "@/server/api/trpc/init";

export const removeMember = businessProcedure("ADMIN")
  .input(z.object({ userId: z.string().min(1).max(64) }))
  .output(z.object({ userId: z.string() }))
  .mutation(({ ctx, input }) =>
    removeTeamMember({ businessId: ctx.business.id, userId: input.userId, actor: ctx.actor }),
  );
