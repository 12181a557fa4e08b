import { createTranslator } from "use-intl/core";
import en from "@/server/i18n/messages/en.json";
import es from "@/server/i18n/messages/es.json";
import type { Locale } from "./locales";

// Catalogs through use-intl (the core of next-intl), on the server only: Gateway screens are server
// components that pass finished strings to their few client components, so no catalog and no
// message formatter ever reaches the customer's phone (next-intl's client provider would add about
// 13 KiB of gzipped script to every Gateway screen).

export type Messages = typeof en;
export const CATALOGS: Record<Locale, Messages> = { en, es };

/** A translator for one locale (and optionally one namespace of its catalog), e.g. t("gateway.decline.title"). */
export const translator = (locale: Locale) => createTranslator({ locale, messages: CATALOGS[locale] });

export type Translator = ReturnType<typeof translator>;
