import { z } from "zod";
import { Role } from "@/server/generated/prisma/enums";
import { listInvitations } from "@/server/services/team/list-invitations";
import { isoDateTime } from "@/server/api/rest/date-time";
import { businessProcedure } from "@/server/api/trpc/init";

export const ZPendingInvitation = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(Role),
  invitedAt: isoDateTime,
  expiresAt: isoDateTime,
  expired: z.boolean(),
});

export const listPendingInvitations = businessProcedure("ADMIN")
  .output(z.array(ZPendingInvitation))
  .query(({ ctx }) => listInvitations({ businessId: ctx.business.id }));
