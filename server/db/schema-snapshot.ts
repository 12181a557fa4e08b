import "server-only";
import pg from "pg";

// A plain-text picture of a database's schema (tables, columns, constraints, indexes, enums),
// one sorted line per object, so two databases can be compared line by line.
const QUERIES = [
  `SELECT format('column %s.%s %s %s nullable=%s default=%s', table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '-')) AS line
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  `SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS line
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
  `SELECT format('index %s %s', indexname, indexdef) AS line
     FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  `SELECT format('enum %s %s', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)) AS line
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
];

export const schemaSnapshot = async (connectionString: string): Promise<string[]> => {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const lines: string[] = [];
    for (const sql of QUERIES) {
      const { rows } = await client.query<{ line: string }>(sql);
      lines.push(...rows.map((row) => row.line));
    }
    return lines.sort();
  } finally {
    await client.end();
  }
};
