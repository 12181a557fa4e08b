import { z } from "zod";

/** A Date in, an ISO 8601 string out: response schemas use it so DTOs serialise dates one way. */
export const isoDateTime = z.codec(z.date(), z.iso.datetime(), {
  decode: (date) => date.toISOString(),
  encode: (text) => new Date(text),
});
