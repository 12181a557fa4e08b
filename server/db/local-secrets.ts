import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { generateApiKey } from "@/server/services/api-keys/api-key-format";

// Secrets for the embedded defaults, made once and kept in the git-ignored data folder so
// sessions, encrypted values and the demo credentials survive restarts. Production sets them
// in the environment instead (README, "Configuration").

export type LocalSecrets = { authSecret: string; encryptionKey: string; demoPassword: string; demoApiKey: string };

const make = (): LocalSecrets => ({
  authSecret: randomBytes(32).toString("base64url"),
  encryptionKey: randomBytes(32).toString("hex"),
  demoPassword: randomBytes(9).toString("base64url"),
  demoApiKey: generateApiKey("SANDBOX"),
});

export const loadLocalSecrets = (dataDir: string): LocalSecrets => {
  const file = path.join(dataDir, "local-secrets.json");
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>) : {};
  const secrets = { ...make(), ...existing };
  if (Object.keys(existing).length !== Object.keys(secrets).length) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
};
