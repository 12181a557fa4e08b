import { formatShortDay } from "@/server/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import { isGsm7, segmentCapacity, smsSegments, smsUnits } from "@/server/sms/sms-segments";

// The texts that carry a workflow's link. The link is stored as LINK_PLACEHOLDER and put in
// only when the text is sent or shown, so no token is ever written to the database.
export const LINK_PLACEHOLDER = "{{link}}";
/** Every link is APP_URL/l/ + 43 characters; the placeholder stands in for it when counting. */
const linkLength = (appUrl: string) => `${appUrl}/l/`.length + 43;

type LinkMessageKind = "INITIAL" | "MANUAL" | "REMINDER";

type LinkMessageInput = {
  kind: LinkMessageKind;
  /** Who the text is from (textSenderName): the SMS sender name, else the business name. */
  senderName: string;
  title: string;
  memo?: string | null;
  introductoryMessage?: string | null;
  expireAt: Date;
  appUrl: string;
  /** The workflow's language; English when it has none. */
  locale?: Locale | null;
};

const MAX_SEGMENTS = 2;

/** Where a text is cut: "…" is not in the GSM alphabet and would halve a GSM text's room, so GSM texts get "...". */
const cutMark = (text: string) => (isGsm7(text) ? "..." : "…");

const shorten = (text: string, max: number, cut: string) =>
  text.length <= max ? text : `${text.slice(0, Math.max(0, max - cut.length)).trimEnd()}${cut}`;

const MIN_ASK_ROOM = 24;

/** One line ending like a sentence, so the ask, the memo and the link read apart. */
const sentence = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return !line || /[.!?…]$/.test(line) ? line : `${line}.`;
};

/**
 * Fits the message in two segments: the ask keeps its room first, the memo gets what is left.
 * Unicode text has less than half the room, so the tail gets shorter before the ask does.
 */
export const composeLinkMessage = (input: LinkMessageInput) => {
  const measure = (text: string) => text.replace(LINK_PLACEHOLDER, "x".repeat(linkLength(input.appUrl)));
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = translator(locale);
  let lead = t(input.kind === "REMINDER" ? "sms.reminderLead" : "sms.lead", { sender: input.senderName });
  let ask = sentence(input.introductoryMessage?.trim() || input.title);
  let memo = sentence(input.memo?.trim() ?? "");
  const tails = [
    ` ${t("sms.openUntil", { link: LINK_PLACEHOLDER, date: formatShortDay(input.expireAt, locale) })}`,
    ` ${t("sms.open", { link: LINK_PLACEHOLDER })}`,
  ];
  const whole = measure(`${lead} ${ask} ${memo}${tails[0]}`);
  const capacity = segmentCapacity(whole, MAX_SEGMENTS);
  const cut = cutMark(whole);
  const roomWith = (tail: string) => capacity - smsUnits(measure(`${lead} ${tail}`));
  const tail = tails.find((candidate) => roomWith(candidate) >= MIN_ASK_ROOM) ?? tails.at(-1)!;
  if (roomWith(tail) < MIN_ASK_ROOM)
    lead = shorten(lead, Math.max(8, lead.length - (MIN_ASK_ROOM - roomWith(tail))), cut);
  const room = roomWith(tail);
  const build = () => `${lead} ${ask}${memo ? ` ${memo}` : ""}${tail}`;

  if (ask.length > room) ask = shorten(ask, room, cut);
  memo =
    memo.length + 1 + ask.length <= room
      ? memo
      : room - ask.length - 1 >= 12
        ? shorten(memo, room - ask.length - 1, cut)
        : "";
  // Counting is by code units; trim a little more if surrogate pairs or extended characters overshoot.
  for (let guard = 0; guard < 200 && smsSegments(measure(build())) > MAX_SEGMENTS; guard++) {
    if (memo) memo = memo.length > 12 ? shorten(memo, memo.length - 2, cut) : "";
    else if (ask.length > cut.length + 1) ask = shorten(ask, ask.length - 2, cut);
    else lead = shorten(lead, lead.length - 2, cut);
  }
  return build();
};

/**
 * The text that says a link lapsed; the title is cut so the text stays within two segments in any
 * language, unless `fitSms` is false (an email's words: the same sentence, nothing cut).
 */
export const expiryMessage = (senderName: string, title: string, locale: Locale | null = null, fitSms = true) => {
  const t = translator(locale ?? DEFAULT_LOCALE);
  if (!fitSms) return t("sms.expired", { sender: senderName, title });
  const compose = (titleRoom: number) =>
    t("sms.expired", {
      sender: shorten(senderName, 40, cutMark(senderName)),
      title: shorten(title, titleRoom, cutMark(title)),
    });
  let room = 80;
  while (room > 8 && smsSegments(compose(room)) > MAX_SEGMENTS) room -= 4;
  return compose(room);
};

export const renderLink = (body: string, link: string) => body.replace(LINK_PLACEHOLDER, link);
