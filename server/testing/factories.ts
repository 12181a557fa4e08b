import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { SYSTEM } from "@/server/services/actor";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { createLegalDocument } from "@/server/services/legal-documents/create-legal-document";
import { createWorkflow } from "@/server/services/workflows/create-workflow";
import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";

// Each test makes its own business, so test files can share one database and run in parallel.

export const uniqueSuffix = () => randomBytes(4).toString("hex");

type BusinessSettings = Partial<
  Pick<
    Prisma.BusinessUncheckedCreateInput,
    | "smsSenderName"
    | "defaultExpireInHours"
    | "reminderFirstAfterHours"
    | "reminderEveryHours"
    | "reminderBeforeExpiryHours"
    | "smsHourlyCap"
    | "smsAllowedCountries"
  >
>;

export type TestBusinessOptions = BusinessSettings & {
  name?: string;
  /** Unique per business; a random one unless the test needs to know it beforehand. */
  slug?: string;
  /** The terms of service and privacy policy that `fullSteps` asks the customer to accept. Default true. */
  documents?: boolean;
  /** A sandbox API key, returned in clear as `apiKey`. Default true. */
  apiKey?: boolean;
};

export type TestBusiness = { id: string; name: string; slug: string; apiKey: string; apiKeyId: string };
type TestBusinessFor<Options> = Options extends { apiKey: false }
  ? Omit<TestBusiness, "apiKey" | "apiKeyId">
  : TestBusiness;

/** A business of its own for one test; `{ apiKey: false }` leaves out the key (and its fields). */
export const createTestBusiness = async <const Options extends TestBusinessOptions = TestBusinessOptions>(
  options?: Options,
): Promise<TestBusinessFor<Options>> => {
  const {
    name = "Test Co",
    slug = `test-${randomBytes(6).toString("hex")}`,
    documents = true,
    apiKey = true,
    ...settings
  } = options ?? {};
  const business = await db().business.create({
    data: { name, slug, ...settings },
    select: { id: true, name: true, slug: true },
  });
  if (documents) {
    await createLegalDocument({
      businessId: business.id,
      key: "terms-of-service",
      title: "Terms of Service",
      content: "Be kind.",
      actor: SYSTEM,
    });
    await createLegalDocument({
      businessId: business.id,
      key: "privacy-policy",
      title: "Privacy Policy",
      content: "We keep your data safe.",
      actor: SYSTEM,
    });
  }
  if (!apiKey) return business as TestBusinessFor<Options>;
  const key = await createApiKey({ businessId: business.id, name: "test", mode: "SANDBOX", actor: SYSTEM });
  return { ...business, apiKey: key.key, apiKeyId: key.id } as TestBusinessFor<Options>;
};

export const randomPhone = () => `+1415555${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;

export const fullSteps = (phoneNumber = randomPhone(), amount = "125.00"): CreateWorkflowInput["steps"] => [
  { name: "notification", parameters: { phoneNumber, channel: "SMS" } },
  { name: "customer-account", parameters: {} },
  { name: "enhance-profile", parameters: { personalInfo: ["dateOfBirth"], address: ["PHYSICAL"], phoneNumber: [] } },
  { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
  {
    name: "document-acceptance",
    parameters: { documents: [{ documentId: "terms-of-service" }, { documentId: "privacy-policy" }] },
  },
  { name: "move-money", parameters: { transactionType: "REQUEST", solution: "ach", amount, currency: "USD" } },
];

export const createTestWorkflow = async (businessId: string, input: Partial<CreateWorkflowInput> = {}) =>
  createWorkflow({
    businessId,
    actor: SYSTEM,
    input: { title: "Rent for March", customerMemo: "Unit 4B", steps: fullSteps(), ...input },
  });

export const createTestTransaction = async (
  businessId: string,
  amount = "25.00",
  transactionType: "SEND" | "REQUEST" = "REQUEST",
) => {
  const customer = await db().customer.create({
    data: { businessId, firstName: "Ada", lastName: "Lovelace", phoneNumber: randomPhone() },
    select: { id: true },
  });
  const account = await db().financialAccount.create({
    data: {
      businessId,
      customerId: customer.id,
      type: "BANK_ACCOUNT",
      subType: "CHECKING",
      holderName: "Ada",
      lastFour: "6789",
      encryptedNumber: "v1.test",
    },
    select: { id: true },
  });
  return db().transaction.create({
    data: {
      businessId,
      customerId: customer.id,
      financialAccountId: account.id,
      transactionType,
      solution: "ACH",
      amount,
      statusHistory: { create: { toStatus: "NEW" } },
    },
    select: { id: true },
  });
};
