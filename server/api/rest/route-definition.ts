import type { z } from "zod";

// A route's contract, written once beside its handler: `withApiKey` validates requests and
// shapes responses with these schemas, and the OpenAPI document is generated from them.

type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type SuccessResponse = { description: string; schema: z.ZodType };

export type RouteDefinition = {
  method: HttpMethod;
  /** Relative to /api/v2, with OpenAPI templates: "/legal-documents/{id}". */
  path: `/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Success responses by status. Error responses are added to the document by rule (see build-openapi-document.ts). */
  responses: Readonly<Record<number, SuccessResponse>>;
  /** Error statuses this route answers beyond those its shape implies, e.g. 409 for a duplicate id. */
  errors?: readonly number[];
};

export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;
