import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
    <main className="mx-auto flex min-h-screen w-full max-w-md flex-col gap-5 px-4 py-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Dev phone</h1>
        <p className="mt-1 text-sm text-slate-600">
          Texts from the local SMS sender. Nothing leaves this machine; this page exists only while no SMS provider is
          configured.
        </p>
      </header>

      <form method="get" action="/dev/phone" className="flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">
            Phone number
          </label>
          <input
            id="to"
            name="to"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            placeholder="+14155550123"
            defaultValue={typed ?? ""}
            aria-invalid={typed && !to ? true : undefined}
            aria-describedby={typed && !to ? "to-error" : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Open inbox
        </button>
      </form>
      {typed && !to && (
        <p id="to-error" role="alert" className="-mt-3 text-sm text-red-700">
          “{typed}” is not a valid phone number in international format, like +14155550123.
        </p>
      )}

      {recent.length > 0 && (
        <nav aria-labelledby="recent-numbers">
          <h2 id="recent-numbers" className="text-sm font-medium text-slate-800">
            Numbers that received texts
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {recent.map((number) => (
              <li key={number}>
                <Link
                  href={inboxHref(number)}
                  aria-current={number === to ? "page" : undefined}
                  className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
                >
                  {number}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

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
    </main>
  );
};

export default DevPhonePage;
