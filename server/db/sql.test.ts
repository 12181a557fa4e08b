import { describe, expect, it } from "vitest";
import { Prisma } from "@/server/generated/prisma/client";
import { env } from "@/server/env";
import { COMMIT_WITHOUT_WAITING } from "@/server/services/rate-limits/take-from-window";
import { sql, sqlTransaction } from "./sql";

describe("sql", () => {
  it("prepares a statement once per connection under a name from its text, unless DATABASE_PREPARED_STATEMENTS is off", async () => {
    // The tests run it on (PostgreSQL server) and off (PGlite, where every connection shares one session).
    const prepared = await sqlTransaction(async (client) => {
      for (let i = 0; i < 3; i++) await sql(Prisma.sql`SELECT ${i}::int + 1 AS "n" -- sql.test prepared`, client);
      return sql<{ count: number }>(
        Prisma.sql`SELECT count(*)::int AS "count" FROM pg_prepared_statements WHERE statement LIKE '%sql.test ' || 'prepared%'`,
        client,
      );
    });
    expect(prepared[0]!.count).toBe(env().DATABASE_PREPARED_STATEMENTS ? 1 : 0);
  });

  it("COMMIT_WITHOUT_WAITING turns off synchronous commit for its own transaction only", async () => {
    const inside = await sqlTransaction(async (client) => {
      await sql(Prisma.sql`SELECT ${COMMIT_WITHOUT_WAITING} AS "ok"`, client);
      return (await sql<{ synchronous_commit: string }>(Prisma.sql`SHOW synchronous_commit`, client))[0]!
        .synchronous_commit;
    });
    const after = await sqlTransaction(
      async (client) =>
        (await sql<{ synchronous_commit: string }>(Prisma.sql`SHOW synchronous_commit`, client))[0]!.synchronous_commit,
    );
    expect(inside).toBe("off");
    expect(after).toBe("on");
  });
});
