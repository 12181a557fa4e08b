import { LOCALE_NAMES, LOCALES, type Locale } from "@/server/i18n/locales";
import { GatewayForm } from "./gateway-form";

/**
 * The customer's language, switched by a plain form (no script): each language is named in itself,
 * with its lang, and the current one is marked for screen readers.
 */
export const LanguageSwitch = ({ current, label }: { current: Locale; label: string }) => (
  <GatewayForm intent="locale" aria-label={label} className="flex items-center justify-center gap-1">
    {LOCALES.map((locale) => (
      <button
        key={locale}
        type="submit"
        name="locale"
        value={locale}
        lang={locale}
        aria-pressed={locale === current}
        className={`min-h-12 rounded-lg px-3 text-sm font-medium underline-offset-2 ${locale === current ? "font-bold text-slate-900" : "text-brand-700 underline hover:text-brand-900"}`}
      >
        {LOCALE_NAMES[locale]}
      </button>
    ))}
  </GatewayForm>
);
