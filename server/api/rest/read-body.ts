import { AppError } from "@/server/errors";
import { readBodyText as readLimitedBody } from "@/server/http/read-body-text";

/** Larger bodies are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The REST edge's reader: server/http/read-body-text.ts with the REST limit. */
export const readBodyText = (req: Request, limit = MAX_BODY_BYTES) => readLimitedBody(req, limit);

export const parseJsonText = (text: string): unknown => {
  if (text.trim() === "") throw new AppError("BAD_REQUEST", "The request body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
};
