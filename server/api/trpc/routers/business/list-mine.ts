import { z } from "zod";
import { Role } from "@/server/generated/prisma/enums";
import { listMemberships } from "@/server/services/businesses/list-memberships";
import { staffProcedure } from "@/server/api/trpc/init";

const ZMyBusiness = z.object({
  businessId: z.string(),
  businessName: z.string(),
  businessSlug: z.string(),
  role: z.enum(Role),
});

/** The businesses the signed-in user can switch between. */
export const listMyBusinesses = staffProcedure
  .output(z.array(ZMyBusiness))
  .query(({ ctx }) => listMemberships({ userId: ctx.user.id }));
