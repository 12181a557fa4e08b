import { ZodError } from "zod";
import { type AppError, type AppErrorCode, type FieldProblem, isAppError, zodProblems } from "@/server/errors";
import { logger } from "@/server/observability/logger";

// The one place where anything thrown at the REST edge becomes a response. Every error body is
// `{"error":{"code","message","details"?}}`; `code` is always one of the AppError codes.

export type JsonReply = { status: number; body: unknown; headers?: Record<string, string> };

export type InputLocation = "body" | "query" | "params";

// The same answer as Response.json (which sets this content type), for about half its CPU: it
// serializes through a slower generic path before building the body.
export const toResponse = ({ status, body, headers }: JsonReply): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

export const errorBody = (code: AppErrorCode, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** One entry per failing field, e.g. `{ in: "body", field: "title", message: "…" }`, whoever found it. */
const restProblems = (problems: FieldProblem[], location: InputLocation = "body") =>
  problems.map((problem) => ({
    in: problem.in ?? location,
    field: problem.path || "(root)",
    message: problem.message,
  }));

export const zodIssueDetails = (error: ZodError, location?: InputLocation) =>
  restProblems(zodProblems(error), location);

/** A 422 names its fields; another error does when it carries no other details. */
const detailsOf = (error: AppError) =>
  error.problems.length > 0 && (error.code === "UNPROCESSABLE" || error.details === undefined)
    ? restProblems(error.problems)
    : error.details;

const UNAUTHORIZED_HEADERS = { "WWW-Authenticate": 'Bearer realm="LinX API"' };

/** A 429 whose details say how long to wait tells the client in Retry-After too. */
const retryAfterHeaders = (details: unknown) => {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" ? { "Retry-After": String(seconds) } : undefined;
};

export type RequestInfo = { method: string; path: string };

export const errorReply = (error: unknown, request: RequestInfo): JsonReply => {
  if (isAppError(error) && error.code !== "INTERNAL") {
    const headers = error.code === "UNAUTHORIZED" ? UNAUTHORIZED_HEADERS : retryAfterHeaders(error.details);
    return { status: error.status, body: errorBody(error.code, error.message, detailsOf(error)), headers };
  }
  if (error instanceof ZodError) {
    return { status: 422, body: errorBody("UNPROCESSABLE", "The request body is not valid", zodIssueDetails(error)) };
  }
  // Unknown errors say nothing to the caller; the server log gets what describeError lets through
  // (never the request's phone numbers or texts a library quoted back).
  logger("api").error({ method: request.method, path: request.path, err: error }, "request failed");
  return { status: 500, body: errorBody("INTERNAL", "Something went wrong") };
};
