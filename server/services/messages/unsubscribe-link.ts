import "server-only";
import { z } from "zod";
import { decrypt, encrypt } from "@/server/auth/encryption";
import { env } from "@/server/env";
import { normalizeLocale, type Locale } from "@/server/i18n/locales";

// The one-click unsubscribe link in every customer email (RFC 8058): the business and the address,
// sealed with ENCRYPTION_KEY (AES-256-GCM), so nobody can make one for another address or business.
// It only ever unsubscribes, so it does not expire.

const UNSUBSCRIBE_PATH = "/unsubscribe";

const ZSubscription = z.object({ b: z.string().min(1), a: z.string().min(1), l: z.string().nullable() });

export type Subscription = { businessId: string; address: string; locale: Locale | null };

const unsubscribeToken = ({ businessId, address, locale }: Subscription) =>
  encrypt(JSON.stringify({ b: businessId, a: address, l: locale }));

/** The subscription a token names, or null for anything that is not one of ours. */
export const openUnsubscribeToken = (token: string): Subscription | null => {
  try {
    const parsed = ZSubscription.safeParse(JSON.parse(decrypt(token)));
    return parsed.success
      ? { businessId: parsed.data.b, address: parsed.data.a, locale: normalizeLocale(parsed.data.l) }
      : null;
  } catch {
    return null;
  }
};

export const unsubscribeUrl = (subscription: Subscription) =>
  `${env().APP_URL}${UNSUBSCRIBE_PATH}/${unsubscribeToken(subscription)}`;

/** The headers mail apps turn into their own "Unsubscribe" button, posting to the same URL. */
export const unsubscribeHeaders = (url: string) => ({
  "List-Unsubscribe": `<${url}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});
