export const dynamic = "force-dynamic";

// Liveness: the process answers. Nothing else is checked (a database outage must not get the
// process restarted); readiness is /api/health/ready.
export const GET = () => Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
