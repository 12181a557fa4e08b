import { ZodError } from "zod";
import { AppError, isAppError } from "../../../errors";
import { zodIssueDetails } from "../respond";

type Problem = { path: string; message: string };

const isProblem = (detail: unknown): detail is Problem =>
  typeof detail === "object" && detail !== null && typeof (detail as Problem).path === "string" && typeof (detail as Problem).message === "string";

/**
 * Services refuse input with a ZodError or with AppError UNPROCESSABLE and `[{ path, message }]`
 * (or `{ field }`). withApiKey names fields `{ in: "body", field, message }`; this speaks the same
 * way, so a client reads a 422 alike whether the schema or the service found the problem.
 */
export const toBodyProblem = (error: unknown): unknown => {
  if (error instanceof ZodError) return new AppError("UNPROCESSABLE", "The request body is not valid", zodIssueDetails(error, "body"));
  if (!isAppError(error) || error.code !== "UNPROCESSABLE") return error;
  const { details } = error;
  if (Array.isArray(details) && details.length > 0 && details.every(isProblem)) {
    return new AppError("UNPROCESSABLE", error.message, details.map(({ path, message }) => ({ in: "body", field: path, message })));
  }
  if (details && !Array.isArray(details) && typeof details.field === "string") {
    return new AppError("UNPROCESSABLE", error.message, [{ in: "body", field: details.field, message: error.message }]);
  }
  return error;
};

/** Runs a service call, answering its validation errors in the REST shape. */
export const withBodyProblems = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw toBodyProblem(error);
  }
};
