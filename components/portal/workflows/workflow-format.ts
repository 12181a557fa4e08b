import type { BadgeTone } from "@/components/ui/badge";

// How workflow values read in the Portal. Times are shown in UTC, and say so.

const dateTime = new Intl.DateTimeFormat("en", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

export const formatDateTime = (iso: string) => `${dateTime.format(new Date(iso))} UTC`;

export const WORKFLOW_STATUS_TONE: Record<string, BadgeTone> = {
  CREATED: "neutral",
  ACTIVE: "brand",
  COMPLETED: "success",
  DECLINED: "danger",
  EXPIRED: "warning",
  CANCELLED: "neutral",
  ARCHIVED: "neutral",
  FAILED: "danger",
  // Delivery and transaction statuses
  QUEUED: "neutral",
  SENT: "brand",
  DELIVERED: "success",
  UNDELIVERED: "danger",
  SUPPRESSED: "warning",
  NEW: "neutral",
  PENDING: "brand",
  PROCESSING: "brand",
  SETTLED: "success",
  CLEARED: "success",
  ERROR: "danger",
  REVERSED: "warning",
};

export const statusLabel = (status: string) => status.charAt(0) + status.slice(1).toLowerCase().replaceAll("_", " ");

export const DECLINE_REASON_LABEL: Record<string, string> = {
  DONT_KNOW_BUSINESS_SENDER: "Does not know the sender",
  INCORRECT_AMOUNT: "Incorrect amount",
  INCORRECT_DETAILS: "Incorrect details",
  NO_LONGER_NEEDED: "No longer needed",
  OTHER: "Other",
};

/** A request's language as staff read it: "Spanish", or what happens without one. */
export const localeName = (locale: string | null | undefined) =>
  locale === "es" ? "Spanish" : locale === "en" ? "English" : "The customer's browser (texts in English)";
