import { z } from "zod";

/** An email address as LinX keeps it: trimmed, lower case, at most 254 characters. */
export const zEmailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters")
  .pipe(z.email("Enter a valid email address"));
