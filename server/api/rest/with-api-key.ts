import type { z } from "zod";
import { AppError, zodProblems } from "@/server/errors";
import { authenticateRequest, type ApiPrincipal } from "./authenticate-request";
import { withIdempotency } from "./idempotency";
import { apiRequestLimit, rateLimitResult } from "./rate-limit";
import { parseJsonText, readBodyText } from "./read-body";
import { findUnsafeText } from "@/server/api/unsafe-text";
import { errorReply, toResponse, type InputLocation, type JsonReply } from "./respond";
import type { RouteDefinition } from "./route-definition";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiContext<R extends RouteDefinition> = {
  principal: ApiPrincipal;
  req: Request;
  params: Parsed<R["params"]>;
  query: Parsed<R["query"]>;
  body: Parsed<R["body"]>;
};

/** What a handler returns: a status the route declares, with a body its schema accepts. */
export type ApiReply<R extends RouteDefinition> = {
  [S in keyof R["responses"] & number]: {
    status: S;
    body: z.input<R["responses"][S]["schema"]>;
    headers?: Record<string, string>;
  };
}[keyof R["responses"] & number];

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type RouteHandler = ((req: Request, context?: NextRouteContext) => Promise<Response>) & {
  route: RouteDefinition;
};

const parseInput = <S extends z.ZodType | undefined>(schema: S, value: unknown, location: InputLocation): Parsed<S> => {
  if (!schema) return undefined as Parsed<S>;
  // Before the schema: text PostgreSQL cannot store is refused here, once, for every route (unsafe-text.ts).
  const unsafe = findUnsafeText(value);
  if (unsafe && location === "params") throw new AppError("NOT_FOUND", "Not found");
  if (unsafe)
    throw new AppError("UNPROCESSABLE", `The request ${location === "body" ? "body" : "query"} is not valid`, [
      { in: location, path: unsafe.field, message: unsafe.message },
    ]);
  const result = schema.safeParse(value);
  if (result.success) return result.data as Parsed<S>;
  // A path parameter that cannot be valid names nothing that exists.
  if (location === "params") throw new AppError("NOT_FOUND", "Not found");
  throw new AppError(
    "UNPROCESSABLE",
    `The request ${location === "body" ? "body" : "query"} is not valid`,
    zodProblems(result.error).map((problem) => ({ ...problem, in: location })),
  );
};

/** Every response body goes through the route's schema: a DTO never carries more than it declares. */
const shapeReply = (
  route: RouteDefinition,
  reply: { status: number; body: unknown; headers?: Record<string, string> },
): JsonReply => {
  const schema = route.responses[reply.status]?.schema;
  if (!schema) throw new Error(`${route.operationId} answered ${reply.status}, which its definition does not declare`);
  const shaped = schema.safeParse(reply.body);
  if (!shaped.success)
    throw new Error(
      `${route.operationId} answered a ${reply.status} body that does not match its schema: ${shaped.error.message}`,
    );
  return { ...reply, body: shaped.data };
};

/**
 * The status a route answers when it does its work. A POST route declares exactly one, and answers
 * with it the value its unit of work returns, so an Idempotency-Key's stored response is that value.
 */
const successStatus = (route: RouteDefinition) =>
  Number(Object.keys(route.responses).find((status) => Number(status) < 300));

/**
 * Wraps a REST handler: API-key authentication, the per-key rate limit, input validation, body size
 * limit, Idempotency-Key on POST, response shaping, and one mapping of every error.
 */
export const withApiKey = <const R extends RouteDefinition, const Reply extends ApiReply<R>>(
  handler: (context: ApiContext<R>) => Promise<Reply>,
  {
    route,
    replyBody = (value) => value,
  }: {
    route: R;
    /** A POST's body for the value its unit of work returns, when that is not the body itself. */
    replyBody?: (value: unknown) => unknown;
  },
): RouteHandler => {
  const serve = async (req: Request, context?: NextRouteContext): Promise<Response> => {
    let rateLimitHeaders: Record<string, string> = {};
    try {
      const now = new Date();
      const { principal, requests } = await authenticateRequest(req, { requestLimit: apiRequestLimit(), now });
      const rateLimit = rateLimitResult(requests, now);
      rateLimitHeaders = rateLimit.headers;
      if (!rateLimit.allowed) {
        throw new AppError(
          "RATE_LIMITED",
          `This API key made too many requests; try again in ${rateLimit.retryAfterSeconds} s`,
          { retryAfterSeconds: rateLimit.retryAfterSeconds },
        );
      }
      const params = parseInput(route.params, context ? await context.params : {}, "params");
      const query = parseInput(route.query, Object.fromEntries(new URL(req.url).searchParams), "query");
      const bodyText = route.method === "GET" ? "" : await readBodyText(req);
      const body = parseInput(route.body, route.body ? parseJsonText(bodyText) : undefined, "body");
      const input = { principal, req, params, query, body } as ApiContext<R>;
      const execute = async () => shapeReply(route, await handler(input));
      const reply =
        route.method === "POST"
          ? await withIdempotency(
              {
                businessId: principal.businessId,
                req,
                bodyText,
                reply: (value) => shapeReply(route, { status: successStatus(route), body: replyBody(value) }),
              },
              execute,
            )
          : await execute();
      return toResponse({ ...reply, headers: { ...rateLimitHeaders, ...reply.headers } });
    } catch (error) {
      const reply = errorReply(error, { method: req.method, path: new URL(req.url).pathname });
      return toResponse({ ...reply, headers: { ...rateLimitHeaders, ...reply.headers } });
    }
  };
  return Object.assign(serve, { route });
};
