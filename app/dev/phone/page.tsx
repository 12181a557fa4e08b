import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DevInboxFrame } from "@/app/dev/_components/dev-inbox-frame";
import { env } from "@/server/env";
import { listRecentSmsNumbers } from "@/server/services/sms/list-recent-sms-numbers";
import { listSmsToNumber } from "@/server/services/sms/list-sms-to-number";
import { toE164 } from "@/server/sms/phone-number";
import { phoneNumberFromQuery } from "@/server/sms/query-phone-number";
import { AutoRefresh } from "./auto-refresh";
import { MessageBubble } from "./message-bubble";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Dev phone", robots: { index: false, follow: false } };

type DevPhonePageProps = { searchParams: Promise<{ to?: string | string[] }> };

const inboxHref = (number: string) => `/dev/phone?to=${encodeURIComponent(number)}#latest`;

/** The local SMS inbox: what each phone number "received". Exists only while the local sender is in use. */
const DevPhonePage = async ({ searchParams }: DevPhonePageProps) => {
  if (!env().devInbox) notFound();
  const { to: param } = await searchParams;
  const typed = phoneNumberFromQuery(Array.isArray(param) ? param[0] : param);
  const to = typed ? toE164(typed) : null;
  const [messages, recent] = await Promise.all([
    to ? listSmsToNumber({ to }) : Promise.resolve([]),
    listRecentSmsNumbers(),
  ]);
  const thread = [...messages].reverse(); // oldest first, newest at the bottom, as on a phone

  return (
    <DevInboxFrame
      title="Dev phone"
      intro="Texts from the local SMS sender. Nothing leaves this machine; this page exists only while no SMS provider is configured."
      path="/dev/phone"
      field={{
        label: "Phone number",
        type: "tel",
        placeholder: "+14155550123",
        invalid: (value) => `“${value}” is not a valid phone number in international format, like +14155550123.`,
      }}
      typed={typed ?? null}
      to={to}
      recent={{ heading: "Numbers that received texts", items: recent, hrefOf: inboxHref }}
    >
      {to && (
        <section
          aria-labelledby="thread-title"
          className="flex flex-col rounded-2xl border border-slate-200 bg-white shadow-sm"
        >
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
            <h2 id="thread-title" className="font-semibold">
              Texts to {to}
            </h2>
            <Link href={inboxHref(to)} className="text-sm font-medium text-brand-700 underline underline-offset-2">
              Refresh
            </Link>
          </div>
          {thread.length === 0 ? (
            <p className="px-4 py-6 text-sm text-slate-600">
              No texts to this number yet. New ones appear here by themselves.
            </p>
          ) : (
            <ol aria-label={`Texts to ${to}, oldest first`} className="flex flex-col gap-4 px-4 py-4">
              {thread.map((message, index) => (
                <MessageBubble key={message.id} message={message} latest={index === thread.length - 1} />
              ))}
            </ol>
          )}
          <AutoRefresh />
        </section>
      )}
    </DevInboxFrame>
  );
};

export default DevPhonePage;
