import { z } from "zod";
import { AddressType, CustomerStatus, PhoneType } from "@/server/generated/prisma/enums";
import { isoDateTime } from "@/server/api/rest/date-time";
import { pageOf, paginationQuery } from "@/server/api/rest/pagination";

/** A calendar date in, `YYYY-MM-DD` out (dates of birth have no time of day). */
const isoDate = z.codec(z.date(), z.iso.date(), {
  decode: (date) => date.toISOString().slice(0, 10),
  encode: (text) => new Date(`${text}T00:00:00Z`),
});

const CustomerSummaryDto = z
  .object({
    id: z.string(),
    status: z.enum(CustomerStatus),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    phoneNumber: z
      .string()
      .nullable()
      .meta({ description: "Mobile number, E.164; null for a customer reached by email only." }),
    salutation: z.string().nullable(),
    dateOfBirth: isoDate.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "CustomerSummary" });

export const CustomerDto = CustomerSummaryDto.extend({
  addresses: z.array(
    z.object({
      type: z.enum(AddressType),
      line1: z.string(),
      line2: z.string().nullable(),
      city: z.string(),
      region: z.string().nullable(),
      postalCode: z.string(),
      country: z.string(),
    }),
  ),
  phones: z
    .array(z.object({ type: z.enum(PhoneType), phoneNumber: z.string() }))
    .meta({ description: "Numbers besides the mobile one." }),
}).meta({ id: "Customer" });

export const CustomerPageDto = pageOf(CustomerSummaryDto).meta({ id: "CustomerPage" });

export const listCustomersQuery = paginationQuery.extend({
  status: z.enum(CustomerStatus).optional(),
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: "A customer id, a phone number (digits are enough), or words of the name or email." }),
});
