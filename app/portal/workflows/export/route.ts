import { clientIp } from "@/server/auth/client-ip";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { loadPortalContext } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";
import { exportWorkflowsCsv } from "@/server/services/workflows/export-workflows-csv";
import { readWorkflowListParams, toWorkflowListQuery } from "@/server/contracts/workflows/workflow-list-params";

export const dynamic = "force-dynamic";

const refuse = (status: 401 | 403, message: string) =>
  Response.json({ error: { code: status === 401 ? "UNAUTHORIZED" : "FORBIDDEN", message } }, { status });

/** GET /portal/workflows/export?<the list's own search params>: the filtered list as a CSV download, streamed. */
export const GET = async (req: Request) => {
  const portal = await loadPortalContext();
  if (!portal) return refuse(401, "Sign in to continue");
  const { active } = portal;
  if (!active || !hasRole(active.role, PORTAL_PAGES.workflows.minRole))
    return refuse(403, "You cannot see this business's workflows");
  const query = toWorkflowListQuery(readWorkflowListParams(new URL(req.url).searchParams));
  const rows = exportWorkflowsCsv({
    businessId: active.businessId,
    actor: { type: "USER", id: portal.user.id, ipAddress: clientIp(req.headers) },
    ...query,
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // One batch per pull: the stream asks for more only as the client reads.
    pull: async (controller) => {
      const { value, done } = await rows.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    cancel: async () => {
      await rows.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="workflows-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
};
