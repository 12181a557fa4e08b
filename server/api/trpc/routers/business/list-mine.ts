import { z } from "zod";
import { Role } from "../../../../generated/prisma/enums";
import { listMemberships } from "../../../../services/businesses/list-memberships";
import { staffProcedure } from "../../init";

export const ZMyBusiness = z.object({ businessId: z.string(), businessName: z.string(), businessSlug: z.string(), role: z.enum(Role) });

/** The businesses the signed-in user can switch between. */
export const listMyBusinesses = staffProcedure
  .output(z.array(ZMyBusiness))
  .query(({ ctx }) => listMemberships({ userId: ctx.user.id }));
