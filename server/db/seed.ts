import { db } from "../db";
import { hashPassword } from "../auth/password";
import { SYSTEM } from "../services/actor";
import { createApiKey } from "../services/api-keys/create-api-key";
import { hashApiKey } from "../services/api-keys/api-key-format";
import { createLegalDocument } from "../services/legal-documents/create-legal-document";

export const DEMO = { slug: "demo-co", name: "Demo Co", ownerEmail: "owner@demo.test", apiKeyName: "Demo sandbox key" } as const;

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

/** Makes the demo business match the given credentials. Safe to run on every start. */
export const seedDemo = async ({ password, apiKey }: { password: string; apiKey: string }) => {
  const prisma = db();
  const business = await prisma.business.upsert({
    where: { slug: DEMO.slug },
    create: { slug: DEMO.slug, name: DEMO.name },
    update: {},
    select: { id: true },
  });
  const passwordHash = await hashPassword(password);
  const owner = await prisma.user.upsert({
    where: { email: DEMO.ownerEmail },
    create: { email: DEMO.ownerEmail, name: "Demo Owner", passwordHash },
    update: { passwordHash },
    select: { id: true },
  });
  await prisma.membership.upsert({
    where: { userId_businessId: { userId: owner.id, businessId: business.id } },
    create: { userId: owner.id, businessId: business.id, role: "OWNER" },
    update: { role: "OWNER" },
  });
  for (const document of DOCUMENTS) {
    const exists = await prisma.legalDocument.findUnique({ where: { businessId_key: { businessId: business.id, key: document.key } }, select: { id: true } });
    if (!exists) await createLegalDocument({ businessId: business.id, ...document, actor: SYSTEM });
  }
  const keyHash = hashApiKey(apiKey);
  const existingKey = await prisma.apiKey.findUnique({ where: { keyHash }, select: { id: true, revokedAt: true } });
  // The demo key is exactly the configured one: earlier demo keys stop working.
  await prisma.apiKey.updateMany({
    where: { businessId: business.id, name: DEMO.apiKeyName, revokedAt: null, keyHash: { not: keyHash } },
    data: { revokedAt: new Date() },
  });
  if (!existingKey) {
    await createApiKey({ businessId: business.id, name: DEMO.apiKeyName, mode: "SANDBOX", actor: SYSTEM, presetKey: apiKey });
  } else if (existingKey.revokedAt) {
    await prisma.apiKey.update({ where: { keyHash }, data: { revokedAt: null } });
  }
  return { businessId: business.id, email: DEMO.ownerEmail, password, apiKey };
};
