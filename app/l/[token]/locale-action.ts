"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { normalizeLocale } from "@/server/i18n/locales";
import { env } from "@/server/env";
import { LOCALE_COOKIE, LOCALE_COOKIE_PATH } from "@/app/l/[token]/_lib/gateway-locale";
import { linkPath } from "@/app/l/[token]/_lib/link-cookies";

const YEAR_SECONDS = 365 * 24 * 3600;

/** The customer picks a language: kept in a cookie for every link, then the same screen again. Works without JavaScript. */
export const switchLocaleAction = async (token: string, form: FormData) => {
  const locale = normalizeLocale(String(form.get("locale") ?? ""));
  if (locale) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https://"),
      path: LOCALE_COOKIE_PATH,
      maxAge: YEAR_SECONDS,
    });
  }
  redirect(linkPath(token));
};
