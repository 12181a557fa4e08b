// An email's two bodies from one list of paragraphs: plain text, and simple HTML that reads well
// on a 360 px screen and in a screen reader (a language, a title, real paragraphs, a link whose
// words say where it goes). No images, no remote resources, no tracking.

const LINK_PLACEHOLDER = "{{link}}";

export type MailContent = {
  /** The language of the words, for <html lang>. */
  lang: string;
  subject: string;
  paragraphs: string[];
  /** A button-like link to LINK_PLACEHOLDER, its URL also written out for mail apps without HTML. */
  action?: { label: string; hint: string };
  /** Small print under a rule (why they got it, how to stop it). */
  footer?: string[];
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const mailText = ({ paragraphs, action, footer }: MailContent) =>
  `${[...paragraphs, ...(action ? [`${action.label}: ${LINK_PLACEHOLDER}`, action.hint] : []), ...(footer ? ["--", ...footer] : [])].join("\n\n")}\n`;

export const mailHtml = ({ lang, subject, paragraphs, action, footer }: MailContent) => {
  const p = (text: string, style = "") => `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${LINK_PLACEHOLDER}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#1d4ed8;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(action.label)}</a></p>` +
      p(action.hint, "font-size:14px;color:#374151") +
      `<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${LINK_PLACEHOLDER}" style="color:#1d4ed8">${LINK_PLACEHOLDER}</a></p>`
    : "";
  const small = footer
    ? `<hr style="border:0;border-top:1px solid #d1d5db;margin:24px 0">${footer.map((line) => p(line, "font-size:13px;color:#4b5563")).join("")}`
    : "";
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#ffffff;color:#111827;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;padding:24px 16px">
${paragraphs.map((text) => p(text)).join("\n")}
${button}
${small}
</div>
</body>
</html>
`;
};

/** Puts the link in place of its placeholder, escaped for HTML where it lands in HTML. */
export const withMailLink = (link: string | null) => ({
  text: (body: string) => (link ? body.replaceAll(LINK_PLACEHOLDER, link) : body),
  html: (body: string) => (link ? body.replaceAll(LINK_PLACEHOLDER, escapeHtml(link)) : body),
});
