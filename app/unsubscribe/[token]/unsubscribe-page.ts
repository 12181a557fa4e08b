import { DEFAULT_LOCALE } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";
import type { Unsubscribe } from "@/server/services/messages/unsubscribe-email";

// The unsubscribe page as plain HTML: a form and a sentence, no script, so it works in any browser
// and behind any mail app's link checker (which may GET it, and must not unsubscribe anyone).

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (lang: string, title: string, body: string) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#111827;background:#fff">
<main style="max-width:480px;margin:0 auto;padding:32px 16px">
<h1 style="font-size:24px;margin:0 0 16px">${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;

/** GET: what unsubscribing does, and the button that does it (a POST to the same URL). */
export const confirmPage = (subscription: Unsubscribe) => {
  const locale = subscription.locale ?? DEFAULT_LOCALE;
  const t = translator(locale);
  const words = { sender: subscription.senderName, address: subscription.address };
  if (subscription.unsubscribed) return donePage(subscription);
  return page(
    locale,
    t("email.unsubscribePage.title"),
    `<p style="margin:0 0 24px">${escapeHtml(t("email.unsubscribePage.ask", words))}</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="padding:12px 20px;border:0;border-radius:6px;background:#1d4ed8;color:#fff;font-size:16px;font-weight:600;cursor:pointer">${escapeHtml(t("email.unsubscribePage.confirm"))}</button>
</form>`,
  );
};

export const donePage = (subscription: Unsubscribe) => {
  const locale = subscription.locale ?? DEFAULT_LOCALE;
  const t = translator(locale);
  return page(
    locale,
    t("email.unsubscribePage.title"),
    `<p role="status">${escapeHtml(t("email.unsubscribePage.done", { sender: subscription.senderName, address: subscription.address }))}</p>`,
  );
};

export const invalidPage = () => {
  const t = translator(DEFAULT_LOCALE);
  return page(
    DEFAULT_LOCALE,
    t("email.unsubscribePage.title"),
    `<p>${escapeHtml(t("email.unsubscribePage.invalid"))}</p>`,
  );
};
