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
};

/** What the customer who just answered sees: their own confirmation, and the payment's progress. */
export const AnsweredScreen = ({ status, businessName, title, accountLabel, transaction, refreshHref }: Props) => {
  if (status === "DECLINED") {
    return (
      <MessageScreen title="You declined this request">
        <p>We have let {businessName} know. Nothing more is needed from you.</p>
      </MessageScreen>
    );
  }
  const words = transaction ? transactionStatusWords(transaction.status, transaction.transactionType) : null;
  const moving = transaction ? !isFinalTransactionStatus(transaction.status) : false;
  return (
    <MessageScreen title="Thank you, you're all set" tone="done">
      <p>
        {businessName} has your answers for &ldquo;{title}&rdquo;.
      </p>
      {transaction && words ? (
        <div className="mt-6 rounded-lg border border-slate-300 p-4 text-left">
          <p className="text-base text-slate-800">{describePayment(businessName, transaction, accountLabel)}</p>
          <p className="mt-3 text-sm text-slate-600">Payment status</p>
          <div aria-live="polite" aria-atomic="true">
            <p className="text-xl font-bold text-slate-900">{words.label}</p>
            <p className="mt-1 text-base text-slate-700">{words.detail}</p>
          </div>
          {moving ? (
            <p className="mt-3 text-sm text-slate-600">
              This usually takes a few seconds and updates by itself.
              <br />
              <a href={refreshHref} className={`${LINK_CLASS} inline-block py-3`}>
                Refresh status
              </a>
              <AutoRefresh />
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="text-sm text-slate-600">You can close this page.</p>
    </MessageScreen>
  );
};
