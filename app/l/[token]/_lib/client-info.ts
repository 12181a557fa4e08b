type HeaderReader = { get: (name: string) => string | null };

/**
 * The customer's IP address and user agent, stored with document acceptances and audit entries.
 * The first X-Forwarded-For hop is the client as the proxy in front of the app saw it.
 */
export const clientInfoFrom = (headers: HeaderReader) => {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ipAddress = (forwarded || headers.get("x-real-ip")?.trim() || "").slice(0, 64) || null;
  const userAgent = headers.get("user-agent")?.slice(0, 512) || null;
  return { ipAddress, userAgent };
};
