import { getSessionUser, type SessionUser } from "../../auth/session-user";

export type TrpcContext = { user: SessionUser | null; ipAddress?: string };

// Behind a load balancer the first X-Forwarded-For entry is the client; kept for audit entries only.
const clientIp = (headers: Headers) => headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || undefined;

/** Who is calling, from the next-auth session cookie. Tests build this object by hand instead. */
export const createTrpcContext = async ({ headers }: { headers: Headers }): Promise<TrpcContext> => ({
  user: await getSessionUser(),
  ipAddress: clientIp(headers),
});
