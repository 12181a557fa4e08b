import { ZodError } from "zod";

// The one error type services throw. Each edge maps it once: REST in server/api/rest/respond.ts,
// tRPC in its error formatter. Anything else becomes a 500 that says nothing internal.

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

/**
 * One field at fault in a service's input: its dotted path (`steps.2.parameters.amount`) and what is
 * wrong with it; `in` says where in a request, when the HTTP edge found it.
 */
export type FieldProblem = { path: string; message: string; in?: "body" | "query" | "params" };

/** Other facts for the caller: `{ retryAfterSeconds }`, `{ reason }`, or `{ field }` for one field at fault. */
export type AppErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** The fields at fault: a 422's `details` in REST, the field errors of a form. */
  readonly problems: FieldProblem[];
  readonly details?: AppErrorDetails;

  constructor(code: AppErrorCode, message: string, about?: FieldProblem[] | AppErrorDetails) {
    super(message);
    this.name = "AppError";
    this.code = code;
    if (Array.isArray(about)) {
      this.problems = about;
    } else {
      this.problems = typeof about?.field === "string" ? [{ path: about.field, message }] : [];
      this.details = about;
    }
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** Each issue of a zod error as a field problem. */
export const zodProblems = (error: ZodError): FieldProblem[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

/**
 * Bad input as field problems, the same whoever found it: a zod schema's issues, or an AppError's
 * problems (empty when it names no field). Null for anything else: a bug, not bad input.
 */
export const inputProblems = (error: unknown): FieldProblem[] | null => {
  if (error instanceof ZodError) return zodProblems(error);
  if (isAppError(error) && error.status < 500) return error.problems;
  return null;
};
