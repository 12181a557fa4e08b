import type { Locale } from "@/server/i18n/locales";

// What the Gateway says when something broke on our side (GatewayErrorDocument). It may not have
// read the link, so it does not know the language: it says it in both.
export const ERROR_WORDS: Record<Locale, { title: string; body: string; retry: string }> = {
  en: {
    title: "Something went wrong",
    body: "We could not load this page. Please try again in a moment.",
    retry: "Try again",
  },
  es: {
    title: "Algo salió mal",
    body: "No pudimos cargar esta página. Vuelva a intentarlo en un momento.",
    retry: "Volver a intentarlo",
  },
};
