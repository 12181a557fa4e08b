import { z } from "zod";
import { revokeInvitation as revoke } from "@/server/services/team/revoke-invitation";
import { businessProcedure } from "@/server/api/trpc/init";

export const revokeInvitation = businessProcedure("ADMIN")
  .input(z.object({ invitationId: z.string().min(1).max(64) }))
  .output(z.object({ invitationId: z.string() }))
  .mutation(({ ctx, input }) =>
    revoke({ businessId: ctx.business.id, invitationId: input.invitationId, actor: ctx.actor }),
  );
