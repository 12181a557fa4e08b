import { checkReadiness } from "@/server/services/health/check-readiness";

export const dynamic = "force-dynamic";

export const GET = async () => {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
};
