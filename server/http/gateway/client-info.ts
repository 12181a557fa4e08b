import { clientIp } from "@/server/auth/client-ip";

type HeaderReader = { get: (name: string) => string | null };

/** The customer's IP address (see clientIp) and user agent, stored with document acceptances and audit entries. */
export const clientInfoFrom = (headers: HeaderReader) => {
  const ipAddress = clientIp(headers) ?? null;
  const userAgent = headers.get("user-agent")?.slice(0, 512) || null;
  return { ipAddress, userAgent };
};
