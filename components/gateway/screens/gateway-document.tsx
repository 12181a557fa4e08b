import type { GatewayPageProps } from "@/server/contracts/gateway/gateway-screen";
import { translator } from "@/server/i18n/translator";
import { ERROR_WORDS } from "@/components/gateway/error-words";
import { BUTTON_CLASSES } from "@/components/gateway/gateway-classes";
import { MessageScreen } from "@/components/gateway/message-screen";
import { CustomerCard, CustomerHtml } from "./customer-html";
import { GatewayPage } from "./gateway-screen";

export const GatewayDocument = ({
  page,
  styles,
  nonce,
}: {
  page: GatewayPageProps;
  styles: string;
  nonce: string | undefined;
}) => (
  <CustomerHtml
    lang={page.locale}
    title={`${translator(page.locale)("gateway.pageTitle")} · LinX`}
    styles={styles}
    nonce={nonce}
  >
    <GatewayPage {...page} />
  </CustomerHtml>
);

/** Something broke on our side: says nothing about the request, in both languages (the link may not have been read). */
export const GatewayErrorDocument = ({ styles, nonce }: { styles: string; nonce: string | undefined }) => (
  <CustomerHtml lang="en" title={`${ERROR_WORDS.en.title} · LinX`} styles={styles} nonce={nonce}>
    <CustomerCard>
      <MessageScreen title={ERROR_WORDS.en.title} tone="warning">
        <p>{ERROR_WORDS.en.body}</p>
        <p lang="es">
          <strong>{ERROR_WORDS.es.title}.</strong> {ERROR_WORDS.es.body}
        </p>
        {/* A GET to the same address loads the page again, with no script. */}
        <form method="get">
          <button type="submit" className={`${BUTTON_CLASSES.primary} mt-4 gap-2`}>
            <span>{ERROR_WORDS.en.retry}</span>
            <span aria-hidden="true">·</span>
            <span lang="es">{ERROR_WORDS.es.retry}</span>
          </button>
        </form>
      </MessageScreen>
    </CustomerCard>
  </CustomerHtml>
);
