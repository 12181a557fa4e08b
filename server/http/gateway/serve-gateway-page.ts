import { GATEWAY_INTENTS, type GatewayIntent, type PostedForm } from "@/server/contracts/gateway/form-state";
import type { GatewayPageProps, GatewayScreen } from "@/server/contracts/gateway/gateway-screen";
import { AppError, ERROR_STATUS, isAppError } from "@/server/errors";
import { openGatewayLink, type OpenedLink } from "@/server/services/gateway/open-gateway-link";
import { readBodyText } from "@/server/http/read-body-text";
import { GATE_ACTIONS } from "./gate-actions";
import { customerActor, type GatewayExchange, gatewayExchange, linkProof } from "./gateway-exchange";
import { chooseLocale, gatewayLocale } from "./gateway-locale";
import { linkPath } from "./link-cookies";
import { type FormOutcome, STEP_ACTIONS } from "./step-actions";

// A Gateway page, GET or POST, as plain HTTP: pages/l/[token].tsx hands its request here and
// draws what comes back. A posted form runs the one service its `intent` names, then either sends
// the browser back to the link (303, so a reload never posts twice) or draws the page again with
// the form's problems and a 4xx status. Nothing here needs the browser to run a script.

export type GatewayAnswer = { setCookies: string[] } & (
  | { kind: "redirect"; location: string }
  | { kind: "page"; status: number; props: GatewayPageProps }
);

/** Gateway forms post a handful of short fields; the documents' ids are the longest. */
const FORM_LIMIT = 64 * 1024;

const ACTIONS: Record<
  Exclude<GatewayIntent, "locale">,
  (exchange: GatewayExchange, form: FormData) => Promise<FormOutcome>
> = { ...STEP_ACTIONS, ...GATE_ACTIONS };

const minutesUntil = (until: Date | null) =>
  until && until.getTime() > Date.now() ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : null;

/** What the screen shows for the link as read, and nothing the customer may not see. */
const toScreen = (link: OpenedLink, query: URLSearchParams): GatewayScreen => {
  switch (link.kind) {
    case "unknown":
      return { kind: "unknown" };
    case "ended":
      return { kind: "ended", state: link.state };
    case "passcode":
      return { kind: "passcode", lockedMinutes: minutesUntil(link.lockedUntil) };
    case "sms-code":
      return {
        kind: "sms-code",
        codeLive: link.codeLive,
        codeChannel: link.codeChannel,
        phoneLastFour: link.phoneLastFour,
        emailHint: link.emailHint,
        lockedMinutes: minutesUntil(link.lockedUntil),
      };
    case "answered":
    case "open": {
      const { expireAt: _shownNowhere, ...view } = link.view;
      if (link.kind === "answered") return { kind: "answered", view };
      if (query.get("decline") === "1")
        return { kind: "decline", view, reason: query.get("reason")?.slice(0, 64) ?? null };
      return { kind: "open", view };
    }
  }
};

const showPage = async (
  exchange: GatewayExchange,
  url: URL,
  posted: PostedForm | null,
  status: number,
): Promise<GatewayAnswer> => {
  const link = await openGatewayLink({
    token: exchange.token,
    proof: linkProof(exchange),
    actor: customerActor(exchange),
  });
  const screen = toScreen(link, url.searchParams);
  return {
    kind: "page",
    status: screen.kind === "unknown" ? 404 : status,
    props: { locale: gatewayLocale(exchange, link.locale), path: linkPath(exchange.token), screen, posted },
    setCookies: exchange.setCookies,
  };
};

/** A post from another site (a browser says where a form came from), or not a plain form. */
const refuse = (request: Request, url: URL) => {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  if (origin && (origin === "null" || new URL(origin).host !== host))
    return new AppError("FORBIDDEN", "Forms on this page can only be sent from this page");
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded")
    return new AppError("BAD_REQUEST", "Send the form as application/x-www-form-urlencoded");
  return null;
};

const runPost = async (request: Request, exchange: GatewayExchange, url: URL): Promise<GatewayAnswer> => {
  const refused = refuse(request, url);
  if (refused) return showPage(exchange, url, null, ERROR_STATUS[refused.code]);
  let form: FormData;
  try {
    form = new FormData();
    for (const [name, value] of new URLSearchParams(await readBodyText(request, FORM_LIMIT))) form.append(name, value);
  } catch (error) {
    if (isAppError(error)) return showPage(exchange, url, null, ERROR_STATUS[error.code]);
    throw error;
  }
  const intent = GATEWAY_INTENTS.find((name) => name === form.get("intent"));
  if (!intent) return showPage(exchange, url, null, 400);
  if (intent === "locale") {
    chooseLocale(exchange, form);
    return { kind: "redirect", location: `${url.pathname}${url.search}`, setCookies: exchange.setCookies };
  }
  const outcome = await ACTIONS[intent](exchange, form);
  if (outcome.kind === "back")
    return { kind: "redirect", location: linkPath(exchange.token), setCookies: exchange.setCookies };
  return showPage(exchange, url, { intent, state: outcome.state }, outcome.status);
};

/** One request to a link's page: `request.url` is the page's own address. */
export const serveGatewayPage = async (request: Request, token: string): Promise<GatewayAnswer> => {
  const exchange = gatewayExchange(token, request.headers);
  const url = new URL(request.url);
  if (request.method === "POST") return runPost(request, exchange, url);
  return showPage(exchange, url, null, request.method === "GET" || request.method === "HEAD" ? 200 : 405);
};
