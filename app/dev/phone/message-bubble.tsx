import type { ReceivedSms } from "@/server/services/sms/list-sms-to-number";
import { linkify } from "./linkify";

const ORIGIN_LABEL: Record<string, string> = {
  INITIAL: "first text",
  MANUAL: "sent again by staff",
  REMINDER: "reminder",
  EXPIRY: "expiry notice",
  TRANSACTION: "payment update",
  OTP: "one-time code",
};

const timeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** One received text, drawn as an incoming chat bubble with its time and why it was sent. */
export const MessageBubble = ({ message, latest }: { message: ReceivedSms; latest: boolean }) => (
  <li id={latest ? "latest" : undefined} className="flex flex-col items-start gap-1">
    <p className="max-w-[85%] rounded-2xl rounded-bl-sm bg-slate-200 px-4 py-2 text-base break-words whitespace-pre-wrap text-slate-900">
      {linkify(message.body)}
    </p>
    <p className="px-1 text-xs text-slate-600">
      <time dateTime={message.createdAt.toISOString()}>{timeFormat.format(message.createdAt)} UTC</time>
      {" · "}
      {ORIGIN_LABEL[message.origin] ?? message.origin.toLowerCase()}
    </p>
  </li>
);
