import "server-only";
import { decrypt, encrypt } from "@/server/auth/encryption";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import { translator } from "@/server/i18n/translator";

// The text that carries a one-time code. Like the link, the code is not stored in the clear: the
// body holds it sealed ({{code:<AES-GCM>}}), opened only when the text is sent or shown on the
// local phone. Anywhere else (the Portal's history) it reads as dots.

const SEALED_CODE = /\{\{code:([\w.-]+)\}\}/g;

export const CODE_TTL_MINUTES = 10;

/** The code's message with `code` as it should be written (sealed for a text, a placeholder for an email). */
export const codeMessageWords = (senderName: string, code: string, locale: Locale | null = null) =>
  translator(locale ?? DEFAULT_LOCALE)("sms.code", { sender: senderName, code, minutes: CODE_TTL_MINUTES });

export const smsCodeMessage = (senderName: string, code: string, locale: Locale | null = null) =>
  codeMessageWords(senderName, `{{code:${encrypt(code)}}}`, locale);

export const revealCodes = (body: string) => body.replace(SEALED_CODE, (_, sealed: string) => decrypt(sealed));
