import { z } from "zod";
import { normalizeLocale } from "./locales";

/** A request's `locale`: "en" or "es", regional forms accepted (es-US → es); anything else is a clear 422. */
export const zLocale = z
  .string()
  .trim()
  .max(35)
  .refine((value) => normalizeLocale(value) !== null, {
    message: 'must be "en" or "es" (regional forms such as "es-US" are accepted)',
  })
  .transform((value) => normalizeLocale(value)!)
  .meta({
    description:
      'The customer\'s language: "en" or "es" (BCP 47; regional forms such as "es-US" are taken as their language). It words every text and Gateway screen; without it the Gateway follows the customer\'s browser and texts are in English.',
    example: "es",
  });
