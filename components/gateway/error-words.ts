import type { Locale } from "@/server/i18n/locales";

// The one Gateway screen that renders in the browser (app/l/[token]/error.tsx, an error boundary)
// needs its few words there; they live here rather than in the catalogs so the boundary, which
// ships with every Gateway page, does not carry the whole catalog. The type keeps both languages.
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
