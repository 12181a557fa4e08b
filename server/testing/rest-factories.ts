import { encrypt } from "@/server/auth/encryption";
import { db } from "@/server/db";
import { SYSTEM } from "@/server/services/actor";
import { createTemplate } from "@/server/services/templates/create-template";
import type { TemplateInput } from "@/server/services/templates/template-input";
import type { TransactionStatus } from "@/server/generated/prisma/enums";
import { randomPhone } from "./factories";

// Rows the read endpoints serve, made the way the Gateway makes them (numbers really encrypted).

export const createTestCustomer = async (
  businessId: string,
  { firstName = "Ada", lastName = "Lovelace", email = "ada@example.test" } = {},
) =>
  db().customer.create({
    data: {
      businessId,
      firstName,
      lastName,
      email,
      phoneNumber: randomPhone(),
      status: "ACTIVE",
      salutation: "Ms",
      dateOfBirth: new Date("1990-12-10T00:00:00Z"),
      addresses: {
        create: [
          { type: "PHYSICAL", line1: "1 Main St", city: "Springfield", region: "IL", postalCode: "62701" },
          { type: "MAILING", line1: "PO Box 7", line2: "Attn: Ada", city: "Springfield", postalCode: "62705" },
        ],
      },
      phones: { create: [{ type: "WORK", phoneNumber: randomPhone() }] },
    },
    select: { id: true, phoneNumber: true },
  });

/** A bank account (or a card) whose full number the tests can look for in responses. */
export const createTestFinancialAccount = async (
  businessId: string,
  customerId: string,
  kind: "bank" | "card" = "bank",
) => {
  const number = kind === "bank" ? "000123456789" : "4111111111111111";
  const account = await db().financialAccount.create({
    data: {
      businessId,
      customerId,
      type: kind === "bank" ? "BANK_ACCOUNT" : "CARD",
      subType: kind === "bank" ? "CHECKING" : "DEBIT",
      holderName: "Ada Lovelace",
      routingNumber: kind === "bank" ? "011000015" : null,
      cardExpiry: kind === "bank" ? null : "12/39",
      lastFour: number.slice(-4),
      encryptedNumber: encrypt(number),
    },
    select: { id: true, encryptedNumber: true },
  });
  return { ...account, number };
};

/** A transaction that went NEW → … → `statuses`' last, with its history. */
export const createTestTransactionWithHistory = async (
  businessId: string,
  {
    customerId,
    financialAccountId,
    statuses = ["PENDING", "PROCESSING"],
    amount = "42.50",
  }: { customerId: string; financialAccountId: string; statuses?: TransactionStatus[]; amount?: string },
) => {
  const path: TransactionStatus[] = ["NEW", ...statuses];
  const transaction = await db().transaction.create({
    data: {
      businessId,
      customerId,
      financialAccountId,
      transactionType: "REQUEST",
      solution: "PUSH_TO_CARD",
      amount,
      status: path.at(-1),
      memo: "Invoice 7",
    },
    select: { id: true },
  });
  for (const [index, toStatus] of path.entries()) {
    await db().transactionStatusChange.create({
      data: {
        transactionId: transaction.id,
        fromStatus: index === 0 ? null : path[index - 1],
        toStatus,
        reason: `step ${index}`,
        createdAt: new Date(Date.now() + index),
      },
    });
  }
  return transaction;
};

export const templateSteps = (amount = "125.00"): TemplateInput["steps"] => [
  { name: "notification", parameters: { channel: "SMS", introductoryMessage: "Your rent is due" } },
  { name: "customer-account", parameters: {} },
  { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
  { name: "document-acceptance", parameters: { documents: [{ documentId: "terms-of-service" }] } },
  { name: "move-money", parameters: { transactionType: "REQUEST", solution: "ach", amount, currency: "USD" } },
];

export const createTestTemplate = (businessId: string, input: Partial<TemplateInput> = {}) =>
  createTemplate({
    businessId,
    actor: SYSTEM,
    input: {
      name: "Monthly rent",
      title: "Rent for April",
      customerMemo: "Unit 4B",
      expireInHours: 72,
      steps: templateSteps(),
      ...input,
    },
  });
