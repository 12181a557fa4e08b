import { listEmailsToAddress } from "@/server/services/mail/list-emails-to-address";

/** The token of the newest link to `path` (/invite, /reset-password) that the local inbox shows for `to`, if any. */
export const tokenInInbox = async (to: string, path: string) => {
  for (const email of await listEmailsToAddress({ to })) {
    const token = email.text.match(new RegExp(`${path}/([A-Za-z0-9_-]{43})`))?.[1];
    if (token) return token;
  }
  return undefined;
};
