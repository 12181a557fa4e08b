import "server-only";
import { db } from "@/server/db";
import { CUSTOMER_DETAIL_SELECT, customerNotFound } from "./customer-view";

/** The customer with their addresses and extra phone numbers. */
export const getCustomer = async ({ businessId, customerId }: { businessId: string; customerId: string }) => {
  const customer = await db().customer.findFirst({
    where: { id: customerId, businessId },
    select: CUSTOMER_DETAIL_SELECT,
  });
  if (!customer) throw customerNotFound();
  return customer;
};
