import { segmentCapacity, smsSegments, smsUnits } from "../../sms/sms-segments";

// The texts that carry a workflow's link. The link is stored as LINK_PLACEHOLDER and put in
// only when the text is sent or shown, so no token is ever written to the database.
export const LINK_PLACEHOLDER = "{{link}}";
/** Every link is APP_URL/l/ + 43 characters; the placeholder stands in for it when counting. */
const linkLength = (appUrl: string) => `${appUrl}/l/`.length + 43;

export type LinkMessageKind = "INITIAL" | "MANUAL" | "REMINDER";

type LinkMessageInput = {
  kind: LinkMessageKind;
  businessName: string;
  title: string;
  memo?: string | null;
  introductoryMessage?: string | null;
  expireAt: Date;
  appUrl: string;
};

const MAX_SEGMENTS = 2;

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`);

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
  let lead = input.kind === "REMINDER" ? `Reminder from ${input.businessName}:` : `${input.businessName}:`;
  let ask = sentence(input.introductoryMessage?.trim() || input.title);
  let memo = sentence(input.memo?.trim() ?? "");
  const tails = [
    ` Open ${LINK_PLACEHOLDER} (valid until ${dateLabel(input.expireAt)}). Reply STOP to opt out.`,
    ` Open ${LINK_PLACEHOLDER} Reply STOP to opt out.`,
  ];
  const capacity = segmentCapacity(measure(`${lead} ${ask} ${memo}${tails[0]}`), MAX_SEGMENTS);
  const roomWith = (tail: string) => capacity - smsUnits(measure(`${lead} ${tail}`));
  const tail = tails.find((candidate) => roomWith(candidate) >= MIN_ASK_ROOM) ?? tails.at(-1)!;
  if (roomWith(tail) < MIN_ASK_ROOM) lead = shorten(lead, Math.max(8, lead.length - (MIN_ASK_ROOM - roomWith(tail))));
  const room = roomWith(tail);
  const build = () => `${lead} ${ask}${memo ? ` ${memo}` : ""}${tail}`;

  if (ask.length > room) ask = shorten(ask, room);
  memo = memo.length + 1 + ask.length <= room ? memo : room - ask.length - 1 >= 12 ? shorten(memo, room - ask.length - 1) : "";
  // Counting is by code units; trim a little more if surrogate pairs or extended characters overshoot.
  for (let guard = 0; guard < 200 && smsSegments(measure(build())) > MAX_SEGMENTS; guard++) {
    if (memo) memo = memo.length > 12 ? shorten(memo, memo.length - 2) : "";
    else ask = shorten(ask, Math.max(1, ask.length - 2));
  }
  return build();
};

export const expiryMessage = (businessName: string, title: string) =>
  `${businessName}: your link for "${shorten(title, 80)}" has expired. Contact ${shorten(businessName, 40)} if you still need it.`;

export const renderLink = (body: string, link: string) => body.replace(LINK_PLACEHOLDER, link);
