import { isAppError } from "@/server/errors";
import { readBodyText } from "@/server/http/read-body-text";

/** As for REST: the largest Portal input (a 100,000-character legal document) fits many times over. */
const MAX_TRPC_BODY_BYTES = 1024 * 1024;

/**
 * tRPC's fetch adapter reads any body whole (only its Node adapter takes a maxBodySize). This
 * reads a POST body first, counting bytes as they arrive, and hands tRPC a request with that
 * text, or answers 413 in tRPC's error shape. GET inputs ride in the URL, which the server bounds.
 */
export const limitRequestBody = async (req: Request, limit = MAX_TRPC_BODY_BYTES): Promise<Request | Response> => {
  if (req.method !== "POST") return req;
  try {
    const body = await readBodyText(req, limit);
    const headers = new Headers(req.headers);
    headers.delete("content-length");
    return new Request(req.url, { method: req.method, headers, body, signal: req.signal });
  } catch (error) {
    if (!isAppError(error) || error.code !== "PAYLOAD_TOO_LARGE") throw error;
    return Response.json(
      { error: { message: error.message, code: -32413, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } },
      { status: 413 },
    );
  }
};
