import type { NextApiRequest, NextApiResponse } from "next";
import { renderToStaticMarkup } from "react-dom/server";
import { GatewayDocument, GatewayErrorDocument } from "@/components/gateway/screens/gateway-document";
import { GATEWAY_STYLES } from "@/server/generated/gateway-styles";
import { serveGatewayPage } from "@/server/http/gateway/serve-gateway-page";
import { nonceOf, sendHtml, webRequest } from "@/server/http/html-page";
import { logger } from "@/server/observability/logger";

// The Gateway, served at /l/<token> (next.config.mjs rewrites it here): the one page a customer
// opens from a text, on whatever phone they have. The server draws each screen as plain HTML and
// every form posts back to the same address (server/http/gateway/serve-gateway-page.ts), so the
// phone runs no framework at all. Why an API route: Next's App Router sends its React runtime with
// every page and refuses react-dom/server in a route handler; here a server may render React itself.

// The form handlers read the raw body themselves (size-limited).
export const config = { api: { bodyParser: false } };

const gatewayRoute = async (req: NextApiRequest, res: NextApiResponse) => {
  const token = String(req.query.token ?? "");
  // The address the customer sees (/l/<token>?…), not this route's: relative links and forms resolve against it.
  const search = new URL(req.url ?? "/", "http://localhost").search;
  const nonce = nonceOf(req);
  // Links are secrets: never kept in a shared cache.
  res.setHeader("Cache-Control", "private, no-store");
  try {
    const answer = await serveGatewayPage(webRequest(req, `/l/${encodeURIComponent(token)}${search}`), token);
    if (answer.setCookies.length > 0) res.setHeader("Set-Cookie", answer.setCookies);
    if (answer.kind === "redirect") {
      res.statusCode = 303;
      res.setHeader("Location", answer.location);
      res.end();
      return;
    }
    const html = renderToStaticMarkup(<GatewayDocument page={answer.props} styles={GATEWAY_STYLES} nonce={nonce} />);
    sendHtml(res, answer.status, html);
  } catch (error) {
    logger("gateway").error({ method: req.method, err: error }, "gateway page failed");
    sendHtml(res, 500, renderToStaticMarkup(<GatewayErrorDocument styles={GATEWAY_STYLES} nonce={nonce} />));
  }
};

export default gatewayRoute;
