import { cache } from "react";
import { auth } from "./next-auth";

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in staff user, once per request, or null. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return { id, email: session.user?.email ?? "", name: session.user?.name ?? "" };
});
