import type { TestProject } from "vitest/node";
import { migrate } from "@/server/db/migrate";
import { freshDatabase } from "./fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string | undefined;
  }
}

// Service tests run against a real PostgreSQL: PGlite by default, or a fresh database on the
// server DATABASE_URL points at (CI runs both).
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL || undefined;
  const database = await freshDatabase(serverUrl);
  await migrate(database.url);
  project.provide("databaseUrl", database.url);
  project.provide("serverUrl", serverUrl);
  return async () => {
    await database.drop();
  };
}
