type HeaderReader = { get: (name: string) => string | null };

/**
 * The client's IP address for audit entries and the sign-in limit: the first X-Forwarded-For hop
 * (the client as the proxy in front of the app saw it; Next sets the header from the socket when
 * there is no proxy), else X-Real-IP. At most 64 characters, or undefined.
 */
export const clientIp = (headers: HeaderReader) =>
  (headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "").slice(0, 64) || undefined;
