import { AppError } from "@/server/errors";

const tooLarge = (limit: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes`, { limitBytes: limit });

/**
 * Reads a request body as text, counting bytes as they arrive and stopping (and cancelling the
 * stream) past `limit`: Content-Length can be missing or wrong, so it only lets us refuse early,
 * never lets a larger body through, and no body is ever held whole before it is measured.
 * Throws AppError PAYLOAD_TOO_LARGE. Every edge that reads a body uses it: REST, tRPC, Twilio.
 */
export const readBodyText = async (req: Request, limit: number): Promise<string> => {
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
