import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { requireSecret } from "@/server/env";

// AES-256-GCM with ENCRYPTION_KEY for values that must be readable again (account and card
// numbers, webhook signing secrets). Format: v1.<iv>.<tag>.<ciphertext>, base64url parts.

const key = () => Buffer.from(requireSecret("ENCRYPTION_KEY"), "hex");

export const encrypt = (plain: string) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
};

export const decrypt = (sealed: string) => {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("Unknown encrypted value format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
};
