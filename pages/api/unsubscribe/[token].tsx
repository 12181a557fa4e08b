import type { NextApiRequest, NextApiResponse } from "next";
import { renderToStaticMarkup } from "react-dom/server";
import { UnsubscribeDocument } from "@/components/gateway/screens/unsubscribe-document";
import { clientIp } from "@/server/auth/client-ip";
import { GATEWAY_STYLES } from "@/server/generated/gateway-styles";
import { nonceOf, requestHeaders, sendHtml } from "@/server/http/html-page";
import { answerUnsubscribe } from "@/server/http/unsubscribe-page";

// A customer email's unsubscribe link and List-Unsubscribe header, served at /unsubscribe/<token>
// (next.config.mjs rewrites it here) and drawn like the Gateway: plain HTML, no framework script.
// GET only asks; POST (the page's button, or a mail app's one-click) unsubscribes. The body is
// not read (only drained): the token says everything.

export const config = { api: { bodyParser: false } };

const unsubscribeRoute = async (req: NextApiRequest, res: NextApiResponse) => {
  const token = String(req.query.token ?? "");
  const ipAddress = clientIp(requestHeaders(req)) ?? undefined;
  const { status, page } = await answerUnsubscribe({ method: req.method ?? "GET", token, ipAddress });
  req.resume();
  sendHtml(
    res,
    status,
    renderToStaticMarkup(<UnsubscribeDocument page={page} styles={GATEWAY_STYLES} nonce={nonceOf(req)} />),
  );
};

export default unsubscribeRoute;
