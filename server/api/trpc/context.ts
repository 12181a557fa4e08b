import { clientIp } from "@/server/auth/client-ip";
import { getSessionUser, type SessionUser } from "@/server/auth/session-user";

export type TrpcContext = { user: SessionUser | null; ipAddress?: string };

/** Who is calling, from the next-auth session cookie. Tests build this object by hand instead. */
export const createTrpcContext = async ({ headers }: { headers: Headers }): Promise<TrpcContext> => ({
  user: await getSessionUser(),
  ipAddress: clientIp(headers),
});
