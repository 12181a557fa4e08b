import { AppError } from "../../errors";

/** Larger bodies are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = (limit: number) => new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes`, { limitBytes: limit });

/**
 * Reads the body as text, counting bytes as they arrive: Content-Length can be missing or
 * wrong, so it only lets us refuse early, never lets a larger body through.
 */
export const readBodyText = async (req: Request, limit = MAX_BODY_BYTES): Promise<string> => {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
};

export const parseJsonText = (text: string): unknown => {
  if (text.trim() === "") throw new AppError("BAD_REQUEST", "The request body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
};
