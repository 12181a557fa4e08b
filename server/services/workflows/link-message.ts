import { isGsm7, segmentCapacity, smsSegments, smsUnits } from "../../sms/sms-segments";

// The texts that carry a workflow's link. The link is stored as LINK_PLACEHOLDER and put in
// only when the text is sent or shown, so no token is ever written to the database.
export const LINK_PLACEHOLDER = "{{link}}";
/** Every link is APP_URL/l/ + 43 characters; the placeholder stands in for it when counting. */
const linkLength = (appUrl: string) => `${appUrl}/l/`.length + 43;

export type LinkMessageKind = "INITIAL" | "MANUAL" | "REMINDER";

type LinkMessageInput = {
  kind: LinkMessageKind;
  /** Who the text is from (textSenderName): the SMS sender name, else the business name. */
  senderName: string;
  title: string;
  memo?: string | null;
  introductoryMessage?: string | null;
  expireAt: Date;
  appUrl: string;
};

const MAX_SEGMENTS = 2;

/** Where a text is cut: "…" is not in the GSM alphabet and would halve a GSM text's room, so GSM texts get "...". */
const cutMark = (text: string) => (isGsm7(text) ? "..." : "…");

const shorten = (text: string, max: number, cut: string) => (text.length <= max ? text : `${text.slice(0, Math.max(0, max - cut.length)).trimEnd()}${cut}`);

const dateLabel = (date: Date) => date.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

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
  let lead = input.kind === "REMINDER" ? `Reminder from ${input.senderName}:` : `${input.senderName}:`;
  let ask = sentence(input.introductoryMessage?.trim() || input.title);
  let memo = sentence(input.memo?.trim() ?? "");
  const tails = [
    ` Open ${LINK_PLACEHOLDER} (valid until ${dateLabel(input.expireAt)}). Reply STOP to opt out.`,
    ` Open ${LINK_PLACEHOLDER} Reply STOP to opt out.`,
  ];
  const whole = measure(`${lead} ${ask} ${memo}${tails[0]}`);
  const capacity = segmentCapacity(whole, MAX_SEGMENTS);
  const cut = cutMark(whole);
  const roomWith = (tail: string) => capacity - smsUnits(measure(`${lead} ${tail}`));
  const tail = tails.find((candidate) => roomWith(candidate) >= MIN_ASK_ROOM) ?? tails.at(-1)!;
  if (roomWith(tail) < MIN_ASK_ROOM) lead = shorten(lead, Math.max(8, lead.length - (MIN_ASK_ROOM - roomWith(tail))), cut);
  const room = roomWith(tail);
  const build = () => `${lead} ${ask}${memo ? ` ${memo}` : ""}${tail}`;

  if (ask.length > room) ask = shorten(ask, room, cut);
  memo = memo.length + 1 + ask.length <= room ? memo : room - ask.length - 1 >= 12 ? shorten(memo, room - ask.length - 1, cut) : "";
  // Counting is by code units; trim a little more if surrogate pairs or extended characters overshoot.
  for (let guard = 0; guard < 200 && smsSegments(measure(build())) > MAX_SEGMENTS; guard++) {
    if (memo) memo = memo.length > 12 ? shorten(memo, memo.length - 2, cut) : "";
    else if (ask.length > cut.length + 1) ask = shorten(ask, ask.length - 2, cut);
    else lead = shorten(lead, lead.length - 2, cut);
  }
  return build();
};

export const expiryMessage = (senderName: string, title: string) =>
  `${senderName}: your link for "${shorten(title, 80, cutMark(title))}" has expired. Contact ${shorten(senderName, 40, cutMark(senderName))} if you still need it.`;

export const renderLink = (body: string, link: string) => body.replace(LINK_PLACEHOLDER, link);
