import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Role } from "@/server/generated/prisma/enums";
import { isAppError } from "@/server/errors";
import { hasRole, ROLE_LABEL } from "@/server/contracts/team/roles";
import { findMembership } from "@/server/services/businesses/find-membership";
import type { Actor } from "@/server/services/actor";
import { findUnsafeText } from "@/server/api/unsafe-text";
import type { TrpcContext } from "./context";
import { formatTrpcError, toTrpcError } from "./errors";

const t = initTRPC.context<TrpcContext>().create({ errorFormatter: formatTrpcError });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// Services throw AppError; this turns it into the matching tRPC code for HTTP and createCaller alike.
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) throw toTrpcError(result.error.cause);
  return result;
});

// Text PostgreSQL cannot store (NUL, lone surrogates) is refused before any input schema runs,
// once for every procedure, as the REST edge does (server/api/unsafe-text.ts).
const refuseUnsafeText = t.middleware(async ({ getRawInput, next }) => {
  const unsafe = findUnsafeText(await getRawInput());
  if (unsafe) throw new TRPCError({ code: "UNPROCESSABLE_CONTENT", message: `${unsafe.field}: ${unsafe.message}` });
  return next();
});

export const publicProcedure = t.procedure.use(refuseUnsafeText).use(mapAppErrors);

/**
 * Requires a signed-in staff user; adds the `actor` for audit entries.
 */
export const staffProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  const actor: Actor = { type: "USER", id: ctx.user.id, ipAddress: ctx.ipAddress };
  return next({ ctx: { user: ctx.user, actor } });
});

const ZBusinessScope = z.object({ businessId: z.string().min(1).max(64) });

/**
 * Requires membership of `input.businessId` with at least `minRole` (OWNER > ADMIN > OPERATOR > VIEWER).
 * Procedures read the business from `ctx.business`, never from their own input.
 */
export const businessProcedure = (minRole: Role) =>
  staffProcedure.input(ZBusinessScope).use(async ({ ctx, input, next }) => {
    const membership = await findMembership({ userId: ctx.user.id, businessId: input.businessId });
    if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of this business" });
    if (!hasRole(membership.role, minRole)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${ROLE_LABEL[minRole]} role or higher` });
    }
    return next({ ctx: { business: { id: input.businessId, role: membership.role } } });
  });
