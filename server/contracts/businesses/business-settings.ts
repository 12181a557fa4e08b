import { z } from "zod";

// How a business's workflows behave when a request does not say otherwise. Hours, because the
// reminder schedule and expiry are stored in hours (links last 90 days, 2,160 hours, by default).

const hours = (label: string, max: number) =>
  z
    .number({ error: `Enter ${label} in hours` })
    .int(`Enter ${label} in whole hours`)
    .min(1, `${label} must be at least 1 hour`)
    .max(max, `${label} can be at most ${max} hours`);

const MAX_EXPIRY_HOURS = 24 * 365;

export const ZBusinessSettings = z
  .object({
    smsSenderName: z
      .string()
      .trim()
      .max(11, "Use at most 11 characters (the longest SMS sender name carriers accept)")
      .regex(/^[A-Za-z0-9 ]*$/, "Use letters, digits and spaces only")
      .refine((value) => value === "" || /[A-Za-z]/.test(value), "Include at least one letter")
      .transform((value) => value || null)
      .nullable(),
    defaultExpireInHours: hours("The link lifetime", MAX_EXPIRY_HOURS),
    reminderFirstAfterHours: hours("The first reminder", MAX_EXPIRY_HOURS),
    reminderEveryHours: hours("The reminder interval", MAX_EXPIRY_HOURS),
    reminderBeforeExpiryHours: z
      .number()
      .int("Enter whole hours")
      .min(0, "Use 0 for no reminder before expiry")
      .max(MAX_EXPIRY_HOURS),
  })
  .superRefine((settings, ctx) => {
    if (settings.reminderBeforeExpiryHours >= settings.defaultExpireInHours) {
      ctx.addIssue({
        code: "custom",
        path: ["reminderBeforeExpiryHours"],
        message: "The last reminder must come before the link expires",
      });
    }
  });

export type BusinessSettingsInput = z.input<typeof ZBusinessSettings>;
export type BusinessSettings = z.output<typeof ZBusinessSettings>;

export const BUSINESS_SETTINGS_SELECT = {
  smsSenderName: true,
  defaultExpireInHours: true,
  reminderFirstAfterHours: true,
  reminderEveryHours: true,
  reminderBeforeExpiryHours: true,
} as const;
