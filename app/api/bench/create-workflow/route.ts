import { env } from "@/server/env";
import { pool } from "@/server/db/pool";
import { bareCreateWorkflow, type BareCreateBody } from "@/server/testing/bare-create-workflow";

// The bare Next.js route scripts/bench-create-http.ts measures LinX's REST create against: the same
// rows through node-postgres and nothing else. Not found unless LINX_BENCH_ROUTES is set.

export const dynamic = "force-dynamic";

export const POST = async (req: Request) => {
  if (!env().LINX_BENCH_ROUTES) return new Response(null, { status: 404 });
  const key = req.headers.get("authorization")?.replace(/^Bearer +/i, "") ?? "";
  const created = await bareCreateWorkflow(pool(), key, (await req.json()) as BareCreateBody);
  return created ? Response.json(created, { status: 201 }) : new Response(null, { status: 401 });
};
