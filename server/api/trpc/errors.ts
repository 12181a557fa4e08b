import { type TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { z, ZodError } from "zod";
import { type AppError, type AppErrorCode, isAppError } from "@/server/errors";

const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNPROCESSABLE: "UNPROCESSABLE_CONTENT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/** The one place an AppError becomes a tRPC error (so callers and HTTP see the same code). */
export const toTrpcError = (error: AppError) =>
  new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });

export const INTERNAL_MESSAGE = "Something went wrong on our side. Try again; if it keeps happening, contact support.";

/**
 * What clients see: internal errors (500) say nothing about their cause; bad input says which field; AppError details pass
 * through. Never a stack trace, in any environment.
 */
export const formatTrpcError = ({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) => {
  const { stack: _stack, ...data } = shape.data;
  if (error.code === "INTERNAL_SERVER_ERROR") return { ...shape, message: INTERNAL_MESSAGE, data };
  if (error.cause instanceof ZodError) {
    const issue = error.cause.issues[0];
    const message = issue ? `${issue.path.join(".") || "input"}: ${issue.message}` : "Invalid input";
    return { ...shape, message, data: { ...data, fieldErrors: z.flattenError(error.cause).fieldErrors } };
  }
  if (isAppError(error.cause)) {
    const { problems, details } = error.cause;
    return {
      ...shape,
      data: { ...data, ...(problems.length > 0 ? { problems } : {}), ...(details ? { details } : {}) },
    };
  }
  return { ...shape, data };
};
