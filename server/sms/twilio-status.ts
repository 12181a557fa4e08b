import type { DeliveryStatus } from "@/server/generated/prisma/enums";

/** Twilio's message status (from the API or a status callback) as our DeliveryStatus. */
export const fromTwilioStatus = (status: string): DeliveryStatus | null => {
  switch (status) {
    case "accepted":
    case "scheduled":
    case "queued":
    case "sending":
      return "QUEUED";
    case "sent":
      return "SENT";
    case "delivered":
    case "read":
      return "DELIVERED";
    case "undelivered":
      return "UNDELIVERED";
    case "failed":
    case "canceled":
      return "FAILED";
    default:
      return null;
  }
};
