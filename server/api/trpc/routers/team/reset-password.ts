import { z } from "zod";
import { resetMemberPassword } from "../../../../services/team/reset-member-password";
import { businessProcedure } from "../../init";

/** Admins reset; the service refuses an owner's from anyone but an owner, and members of other businesses. */
export const resetPassword = businessProcedure("ADMIN")
  .input(z.object({ userId: z.string().min(1).max(64) }))
  .output(z.object({ userId: z.string(), oneTimePassword: z.string() }))
  .mutation(({ ctx, input }) => resetMemberPassword({ businessId: ctx.business.id, userId: input.userId, actor: ctx.actor }));
