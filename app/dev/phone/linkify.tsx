import type { ReactNode } from "react";

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
// Punctuation that ends a sentence rather than the link ("Open https://x.test/l/abc.").
const TRAILING = /[.,;:!?)\]'"]+$/;

/** The text with every http(s) URL turned into a link, as a phone's messaging app does. */
export const linkify = (text: string): ReactNode[] => {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, "");
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={url} className="font-medium break-all text-brand-700 underline underline-offset-2">
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
};
