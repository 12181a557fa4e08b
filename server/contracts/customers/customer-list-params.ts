import { z } from "zod";
import { CustomerStatus } from "@/server/generated/prisma/enums";
import type { CustomerFilters } from "@/server/services/customers/customer-list-query";

// The Portal's customer list state as it sits in the URL (?q=&status=), so a search can be shared
// and bookmarked. The same schema is the list procedure's input.

export const ZCustomerListParams = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(CustomerStatus).optional(),
});

export type CustomerListParams = z.infer<typeof ZCustomerListParams>;

const KEYS = Object.keys(ZCustomerListParams.shape) as Array<keyof CustomerListParams>;

/** Reads the state from a URL, dropping any value that is not valid rather than failing the page. */
export const readCustomerListParams = (search: URLSearchParams): CustomerListParams => {
  const params: Record<string, string> = {};
  for (const key of KEYS) {
    const value = search.get(key);
    if (value && ZCustomerListParams.shape[key].safeParse(value).success) params[key] = value;
  }
  return ZCustomerListParams.parse(params);
};

export const toCustomerFilters = ({ q, status }: CustomerListParams): CustomerFilters => ({
  search: q || undefined,
  status,
});
