import "server-only";
import { z } from "zod";
import { Channel, DeliveryStatus, NotificationOrigin } from "@/server/generated/prisma/enums";

// A text or an email as every answer shows it (REST's history, the Portal's workflow page): who asked for it and
// how its delivery went, never its body (it carries the customer's link).

export const ZNotificationDto = z
  .object({
    id: z.string(),
    serial: z.number().int().min(1).meta({ description: "1, 2, 3… in sending order." }),
    channel: z.enum(Channel).meta({ description: "SMS: a text to `toNumber`. EMAIL: an email to `toAddress`." }),
    origin: z.enum(NotificationOrigin),
    notifiedBy: z.string().meta({
      description: '"system", or the API key (`api_key:<id>`) or staff user (`user:<id>`) that asked for it.',
    }),
    notifiedAt: z.iso.datetime().meta({ description: "When LinX issued the text." }),
    sentAt: z.iso.datetime().nullable().meta({
      description: "When the SMS provider or mail server accepted it; null while queued, or when it was never sent.",
    }),
    status: z.enum(DeliveryStatus).meta({
      description:
        "Delivery status. SUPPRESSED: the number opted out (STOP), or the address unsubscribed, and nothing was sent. An email is SENT once the mail server took it.",
    }),
    errorCode: z.string().nullable(),
    toNumber: z.string().nullable().meta({ description: "SMS: the number texted." }),
    toAddress: z.string().nullable().meta({ description: "EMAIL: the address written to." }),
  })
  .meta({ id: "Notification" });

export type NotificationDto = z.infer<typeof ZNotificationDto>;

type NotificationRow = Omit<NotificationDto, "serial" | "notifiedAt" | "sentAt"> & {
  serial: number | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** Only numbered texts are shown: a one-time code sent at the gate has no serial. */
export const toNotificationDto = ({
  serial,
  createdAt,
  sentAt,
  ...row
}: NotificationRow & { serial: number }): NotificationDto => ({
  ...row,
  serial,
  notifiedAt: createdAt.toISOString(),
  sentAt: sentAt?.toISOString() ?? null,
});
