import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";
import { resumeCustomerEmails } from "@/server/services/messages/resume-customer-emails";
import { businessProcedure } from "@/server/api/trpc/init";

/** Operators and above lift a customer's email unsubscribe, as START does for texts. */
export const resumeCustomerEmailsProcedure = businessProcedure("OPERATOR")
  .input(z.object({ customerId: objectId }))
  .output(z.object({ resumed: z.boolean() }))
  .mutation(({ ctx, input }) =>
    resumeCustomerEmails({ businessId: ctx.business.id, customerId: input.customerId, actor: ctx.actor }),
  );
