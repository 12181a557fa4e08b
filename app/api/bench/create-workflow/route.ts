import { env } from "@/server/env";
import { pool } from "@/server/db/pool";
import { bareCreateWorkflow, readBareCreateBody } from "@/server/bench/bare-create-workflow";

// The bare Next.js route scripts/bench-create-http.ts measures LinX's REST create against: the same
// rows through node-postgres and nothing else. Not found unless LINX_BENCH_ROUTES is set.

export const dynamic = "force-dynamic";

export const POST = async (req: Request) => {
  if (!env().LINX_BENCH_ROUTES) return new Response(null, { status: 404 });
  const key = req.headers.get("authorization")?.replace(/^Bearer +/i, "") ?? "";
  const body = readBareCreateBody(await req.json().catch(() => null));
  if (!body)
    return Response.json(
      { error: { code: "BAD_REQUEST", message: "Send a JSON object with a title and steps" } },
      { status: 400 },
    );
  const created = await bareCreateWorkflow(pool(), key, body);
  return created ? Response.json(created, { status: 201 }) : new Response(null, { status: 401 });
};
