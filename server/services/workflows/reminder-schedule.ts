import "server-only";
// When the next reminder is due (by default one day after sending, then every three
// days, and one day before expiry: the Business defaults in prisma/schema.prisma), or null when the link lapses first.

export type ReminderSettings = {
  reminderFirstAfterHours: number;
  reminderEveryHours: number;
  reminderBeforeExpiryHours: number;
};

const HOUR_MS = 3_600_000;

export const nextReminderAt = ({
  settings,
  sentAt,
  lastReminderAt,
  expireAt,
  now = new Date(),
}: {
  settings: ReminderSettings;
  /** When the link was first texted. */
  sentAt: Date;
  lastReminderAt?: Date | null;
  expireAt: Date;
  now?: Date;
}): Date | null => {
  const regular = lastReminderAt
    ? new Date(lastReminderAt.getTime() + settings.reminderEveryHours * HOUR_MS)
    : new Date(sentAt.getTime() + settings.reminderFirstAfterHours * HOUR_MS);
  const lastCall = new Date(expireAt.getTime() - settings.reminderBeforeExpiryHours * HOUR_MS);
  const alreadyMadeLastCall = lastReminderAt ? lastReminderAt.getTime() >= lastCall.getTime() : false;
  const candidates = [regular];
  if (!alreadyMadeLastCall && settings.reminderBeforeExpiryHours > 0) candidates.push(lastCall);
  const next = candidates
    .filter((date) => date.getTime() > now.getTime() && date.getTime() < expireAt.getTime())
    .filter((date) => !lastReminderAt || date.getTime() > lastReminderAt.getTime())
    .sort((a, b) => a.getTime() - b.getTime())[0];
  return next ?? null;
};
