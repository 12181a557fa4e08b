// `npx tsx --conditions=react-server scripts/bench-request-log.ts [N]`: what the request log and metrics cost per request,
// the two diagnostics-channel hooks of server/observability/request-observer.ts run on fake
// request and response objects (LOG_LEVEL=silent: without the log line; LOG_FORMAT=readable).
import { channel } from "node:diagnostics_channel";
import { observeRequests } from "../server/observability/request-observer";
import { loadRouteTable } from "../server/observability/request-routes";
import { log } from "../server/observability/logger";
observeRequests(loadRouteTable());
log();
const start = channel("http.server.request.start"),
  finish = channel("http.server.response.finish");
const paths = ["/portal/workflows/wf_123", "/api/v2/linx/workflows", "/l/abcdef123", "/sign-in"];
const N = Number(process.argv[2] ?? 100000);
const run = (n: number) => {
  for (let i = 0; i < n; i++) {
    const request = { headers: {} as Record<string, string>, method: "POST", url: paths[i % 4] };
    const response = { statusCode: 201, setHeader: (_k: string, _v: string) => {} };
    start.publish({ request, response, server: {} });
    finish.publish({ request, response, server: {} });
  }
};
run(20000);
const t = performance.now();
run(N);
console.error(
  JSON.stringify({
    level: process.env.LOG_LEVEL ?? "info",
    format: process.env.LOG_FORMAT,
    usPerRequest: +(((performance.now() - t) * 1000) / N).toFixed(2),
  }),
);
process.exit(0);
