import { DEFAULT_LOCALE } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import type { Unsubscribe } from "@/server/services/messages/unsubscribe-email";
import { BUTTON_CLASSES } from "@/components/gateway/gateway-classes";
import { MessageScreen } from "@/components/gateway/message-screen";
import { CustomerCard, CustomerHtml } from "./customer-html";

/**
 * The page behind a customer email's unsubscribe link (`null`: a link that is not ours). A GET only
 * asks, so a mail app's link checker unsubscribes nobody; the button is a plain POST to the same
 * address, as a mail app's one-click unsubscribe (RFC 8058) is.
 */
export const UnsubscribeDocument = ({
  page,
  styles,
  nonce,
}: {
  page: Unsubscribe | null;
  styles: string;
  nonce: string | undefined;
}) => {
  const locale = page?.locale ?? DEFAULT_LOCALE;
  const t = translator(locale);
  const title = t("email.unsubscribePage.title");
  const words = page ? { sender: page.senderName, address: page.address } : null;
  return (
    <CustomerHtml lang={locale} title={`${title} · LinX`} styles={styles} nonce={nonce}>
      <CustomerCard footer={<p>{t("gateway.securedBy")}</p>}>
        {!words ? (
          <MessageScreen title={title} tone="warning">
            <p>{t("email.unsubscribePage.invalid")}</p>
          </MessageScreen>
        ) : page?.unsubscribed ? (
          <MessageScreen title={title} tone="done">
            <p role="status">{t("email.unsubscribePage.done", words)}</p>
          </MessageScreen>
        ) : (
          <MessageScreen title={title}>
            <p>{t("email.unsubscribePage.ask", words)}</p>
            <form method="post" className="mt-6">
              <input type="hidden" name="List-Unsubscribe" value="One-Click" />
              <button type="submit" data-wait={t("gateway.form.wait")} className={BUTTON_CLASSES.primary}>
                {t("email.unsubscribePage.confirm")}
              </button>
            </form>
          </MessageScreen>
        )}
      </CustomerCard>
    </CustomerHtml>
  );
};
