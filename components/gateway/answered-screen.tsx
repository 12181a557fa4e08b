import type { Locale } from "@/server/i18n/locales";
import type { Translator } from "@/server/i18n/translator";
import { AutoRefresh } from "./auto-refresh";
import { LINK_CLASS } from "./gateway-classes";
import { describePayment, isFinalTransactionStatus, transactionStatusWords } from "./gateway-format";
import { MessageScreen } from "./message-screen";

type Transaction = { status: string; amount: string; currency: string; transactionType: "SEND" | "REQUEST" };

type Props = {
  status: string;
  businessName: string;
  title: string;
  accountLabel: string | null;
  transaction: Transaction | null;
  refreshHref: string;
  t: Translator;
  locale: Locale;
};

/** What the customer who just answered sees: their own confirmation, and the payment's progress. */
export const AnsweredScreen = ({
  status,
  businessName,
  title,
  accountLabel,
  transaction,
  refreshHref,
  t,
  locale,
}: Props) => {
  if (status === "DECLINED") {
    return (
      <MessageScreen title={t("gateway.answered.declinedTitle")}>
        <p>{t("gateway.answered.declinedBody", { business: businessName })}</p>
      </MessageScreen>
    );
  }
  const words = transaction ? transactionStatusWords(t, transaction.status, transaction.transactionType) : null;
  const moving = transaction ? !isFinalTransactionStatus(transaction.status) : false;
  return (
    <MessageScreen title={t("gateway.answered.doneTitle")} tone="done">
      <p>{t("gateway.answered.doneBody", { business: businessName, title })}</p>
      {transaction && words ? (
        <div className="mt-6 rounded-lg border border-slate-300 p-4 text-left">
          <p className="text-base text-slate-800">
            {describePayment(t, locale, businessName, transaction, accountLabel)}
          </p>
          <p className="mt-3 text-sm text-slate-600">{t("gateway.answered.paymentStatus")}</p>
          <div aria-live="polite" aria-atomic="true">
            <p className="text-xl font-bold text-slate-900">{words.label}</p>
            <p className="mt-1 text-base text-slate-700">{words.detail}</p>
          </div>
          {moving ? (
            <p className="mt-3 text-sm text-slate-600">
              {t("gateway.answered.updatesItself")}
              <br />
              <a href={refreshHref} className={`${LINK_CLASS} inline-block py-3`}>
                {t("gateway.answered.refresh")}
              </a>
              <AutoRefresh />
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="text-sm text-slate-600">{t("gateway.answered.close")}</p>
    </MessageScreen>
  );
};
