"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ACTIVE_BUSINESS_COOKIE } from "@/server/auth/active-business";
import { signInRedirectPath } from "@/server/auth/portal-access";
import { getSessionUser } from "@/server/auth/session-user";
import { findMembership } from "@/server/services/businesses/find-membership";

const ZSwitch = z.object({ businessId: z.string().min(1).max(64) });

/** Makes another of the user's businesses the active one; anything else is ignored. */
export const switchBusinessAction = async (form: FormData) => {
  const user = await getSessionUser();
  if (!user) redirect(signInRedirectPath("/portal"));
  const parsed = ZSwitch.safeParse({ businessId: form.get("businessId") });
  if (parsed.success && (await findMembership({ userId: user.id, businessId: parsed.data.businessId }))) {
    (await cookies()).set(ACTIVE_BUSINESS_COOKIE, parsed.data.businessId, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
    });
  }
  redirect("/portal");
};
