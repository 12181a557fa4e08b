import { describe, expect, it } from "vitest";
import { nextReminderAt } from "./reminder-schedule";

const settings = { reminderFirstAfterHours: 24, reminderEveryHours: 72, reminderBeforeExpiryHours: 24 };
const hours = (h: number) => new Date(Date.UTC(2027, 0, 1) + h * 3_600_000);

describe("nextReminderAt", () => {
  const expireAt = hours(24 * 10); // a ten-day link

  it("reminds one day after sending, then every three days, then one day before expiry", () => {
    const seen: number[] = [];
    let last: Date | null = null;
    for (let i = 0; i < 10; i++) {
      const next = nextReminderAt({
        settings,
        sentAt: hours(0),
        lastReminderAt: last,
        expireAt,
        now: last ?? hours(0),
      });
      if (!next) break;
      seen.push((next.getTime() - hours(0).getTime()) / 3_600_000);
      last = next;
    }
    expect(seen).toEqual([24, 96, 168, 216]);
  });

  it("stops when the link lapses before the next reminder", () => {
    expect(nextReminderAt({ settings, sentAt: hours(0), expireAt: hours(12), now: hours(0) })).toBeNull();
  });

  it("never schedules in the past", () => {
    const next = nextReminderAt({ settings, sentAt: hours(0), expireAt, now: hours(50) });
    expect(next!.getTime()).toBeGreaterThan(hours(50).getTime());
  });
});
