import { z } from "zod";
import { renameBusiness as renameBusinessService } from "@/server/services/businesses/rename-business";
import { businessProcedure } from "@/server/api/trpc/init";

const ZRenameBusinessInput = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
});

/** Admins and owners can change the name staff and customers see. */
export const renameBusiness = businessProcedure("ADMIN")
  .input(ZRenameBusinessInput)
  .output(z.object({ id: z.string(), name: z.string() }))
  .mutation(({ ctx, input }) =>
    renameBusinessService({ businessId: ctx.business.id, name: input.name, actor: ctx.actor }),
  );
