import "server-only";
// No database import here: check-step-references.ts (and with it this file) is also bundled for the browser.
import { windowStartOf } from "@/server/services/rate-limits/window-start";

// The hourly text cap counts in RateLimitCounter under one key per business, in clock hours.
export const TEXT_WINDOW_MS = 3_600_000;

export const TEXT_COUNTER_PREFIX = "sms:";

export const textCounterKey = (businessId: string) => `${TEXT_COUNTER_PREFIX}${businessId}`;

export const currentTextWindow = (now: Date) => {
  const start = windowStartOf(now, TEXT_WINDOW_MS);
  return { start, end: new Date(start.getTime() + TEXT_WINDOW_MS) };
};
