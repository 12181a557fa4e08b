import { isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";

// What a business may text: a cap per clock hour, so a leaked API key cannot run up an SMS bill,
// and the countries its customers are in (texts abroad cost more and are a common fraud).

const MAX_HOURLY_TEXT_CAP = 100_000;

export const ZTextLimits = z.object({
  smsHourlyCap: z
    .number({ error: "Enter the number of texts per hour" })
    .int("Enter a whole number of texts")
    .min(1, "Allow at least 1 text per hour")
    .max(MAX_HOURLY_TEXT_CAP, `At most ${MAX_HOURLY_TEXT_CAP} texts per hour`),
  smsAllowedCountries: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), {
          error: (issue) => `“${String(issue.input)}” is not a country code like US or CA`,
        }),
    )
    .min(1, "Allow at least one country")
    .max(250)
    .transform((codes) => [...new Set(codes)].sort()),
});

export type TextLimitsInput = z.input<typeof ZTextLimits>;

export const TEXT_LIMITS_SELECT = { smsHourlyCap: true, smsAllowedCountries: true } as const;
