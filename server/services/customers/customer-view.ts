import "server-only";
import type { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/errors";

// What the customer services return. Selected field by field: nothing new leaves by accident.

export const CUSTOMER_SELECT = {
  id: true,
  status: true,
  firstName: true,
  lastName: true,
  email: true,
  phoneNumber: true,
  salutation: true,
  dateOfBirth: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CustomerSelect;

export const CUSTOMER_DETAIL_SELECT = {
  ...CUSTOMER_SELECT,
  addresses: {
    orderBy: { type: "asc" },
    select: { type: true, line1: true, line2: true, city: true, region: true, postalCode: true, country: true },
  },
  phones: { orderBy: { type: "asc" }, select: { type: true, phoneNumber: true } },
} satisfies Prisma.CustomerSelect;

/** The same 404 whether the customer never existed or belongs to another business. */
export const customerNotFound = () => new AppError("NOT_FOUND", "Customer not found");
