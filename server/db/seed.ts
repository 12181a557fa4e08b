import "server-only";
import { db } from "@/server/db";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { SYSTEM } from "@/server/services/actor";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { hashApiKey } from "@/server/services/api-keys/api-key-format";
import { createLegalDocument } from "@/server/services/legal-documents/create-legal-document";

export const DEMO = {
  slug: "demo-co",
  name: "Demo Co",
  ownerEmail: "owner@demo.test",
  apiKeyName: "Demo sandbox key",
} as const;

const DOCUMENTS = [
  {
    key: "terms-of-service",
    title: "Terms of Service",
    content:
      "These terms govern your use of Demo Co's services.\n\n1. You authorise Demo Co to contact you by SMS about your account.\n2. You confirm that the details you give are true.\n3. You may close your account at any time.",
  },
  {
    key: "privacy-policy",
    title: "Privacy Policy",
    content:
      "Demo Co collects the details you enter to provide its services.\n\nWe keep account and card numbers encrypted, never share your data for marketing, and delete it when the law allows.",
  },
];

/**
 * Creates whatever of the demo business does not exist yet, and changes nothing that does: a
 * restart never resets a password someone changed nor brings back a key someone revoked. Says
 * whether the given password and key still open it, so the launcher prints only what works.
 */
export const seedDemo = async ({ password, apiKey }: { password: string; apiKey: string }) => {
  const prisma = db();
  const business = await prisma.business.upsert({
    where: { slug: DEMO.slug },
    create: { slug: DEMO.slug, name: DEMO.name },
    update: {},
    select: { id: true },
  });
  const existingOwner = await prisma.user.findUnique({
    where: { email: DEMO.ownerEmail },
    select: { id: true, passwordHash: true },
  });
  const owner =
    existingOwner ??
    (await prisma.user.create({
      data: { email: DEMO.ownerEmail, name: "Demo Owner", passwordHash: await hashPassword(password) },
      select: { id: true, passwordHash: true },
    }));
  await prisma.membership.upsert({
    where: { userId_businessId: { userId: owner.id, businessId: business.id } },
    create: { userId: owner.id, businessId: business.id, role: "OWNER" },
    update: {},
  });
  for (const document of DOCUMENTS) {
    const exists = await prisma.legalDocument.findUnique({
      where: { businessId_key: { businessId: business.id, key: document.key } },
      select: { id: true },
    });
    if (!exists) await createLegalDocument({ businessId: business.id, ...document, actor: SYSTEM });
  }
  const existingKey = await prisma.apiKey.findUnique({
    where: { keyHash: hashApiKey(apiKey) },
    select: { revokedAt: true },
  });
  if (!existingKey)
    await createApiKey({
      businessId: business.id,
      name: DEMO.apiKeyName,
      mode: "SANDBOX",
      actor: SYSTEM,
      presetKey: apiKey,
    });
  return {
    businessId: business.id,
    email: DEMO.ownerEmail,
    password,
    apiKey,
    passwordWorks: await verifyPassword(password, owner.passwordHash),
    apiKeyWorks: !existingKey?.revokedAt,
  };
};

/**
 * What the launcher says about the demo: its password and key only on the embedded default
 * (a shared terminal or a log of a real deployment must not carry them), and only while they work.
 */
export const printDemo = (demo: Awaited<ReturnType<typeof seedDemo>>, embedded: boolean) => {
  if (!embedded)
    return [
      `Demo business "${DEMO.name}": sign in as ${demo.email} (its password and API key are not printed off the embedded database)`,
    ];
  return [
    demo.passwordWorks
      ? `Demo business "${DEMO.name}": sign in as ${demo.email} with password ${demo.password}`
      : `Demo business "${DEMO.name}": sign in as ${demo.email} with the password you chose`,
    demo.apiKeyWorks
      ? `Demo sandbox API key: ${demo.apiKey}`
      : "Demo sandbox API key: revoked (make a new one in the Portal)",
  ];
};
