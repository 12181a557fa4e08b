import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/gateway/language-switch";
import { switchLocaleAction } from "./locale-action";
import { gatewayTranslator } from "@/app/l/[token]/_lib/gateway-locale";

type Props = { children: ReactNode; params: Promise<{ token: string }> };

export const generateMetadata = async ({ params }: Pick<Props, "params">): Promise<Metadata> => {
  const { t } = await gatewayTranslator((await params).token);
  return { title: t("gateway.pageTitle") };
};

/** Every Gateway screen: the white card, and below it the language switch and who secures the link. */
const LinkLayout = async ({ children, params }: Props) => {
  const { token } = await params;
  const { locale, t } = await gatewayTranslator(token);
  return (
    <div className="min-h-screen bg-slate-100 sm:py-8">
      <main className="mx-auto w-full max-w-md bg-white px-4 pb-10 pt-6 sm:rounded-2xl sm:px-6 sm:shadow-sm">
        {children}
      </main>
      <footer className="mx-auto max-w-md px-4 py-4 text-center text-xs text-slate-600">
        <LanguageSwitch action={switchLocaleAction.bind(null, token)} current={locale} label={t("gateway.language")} />
        <p className="mt-2">{t("gateway.securedBy")}</p>
      </footer>
    </div>
  );
};

export default LinkLayout;
