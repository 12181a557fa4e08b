import { z } from "zod";
import { resendInvitation as resend } from "@/server/services/team/resend-invitation";
import { businessProcedure } from "@/server/api/trpc/init";
import { ZPendingInvitation } from "./invitations";

export const resendInvitation = businessProcedure("ADMIN")
  .input(z.object({ invitationId: z.string().min(1).max(64) }))
  .output(ZPendingInvitation)
  .mutation(({ ctx, input }) =>
    resend({ businessId: ctx.business.id, invitationId: input.invitationId, actor: ctx.actor }),
  );
