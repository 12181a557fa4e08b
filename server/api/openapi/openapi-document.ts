import { API_ROUTES } from "./api-routes";
import { buildOpenApiDocument, type OpenApiDocument } from "./build-openapi-document";
import { WEBHOOK_CATALOG } from "./webhook-catalog";

let built: OpenApiDocument | undefined;

/** Built once per process: the routes cannot change while it runs. */
export const openApiDocument = () => (built ??= buildOpenApiDocument(API_ROUTES, WEBHOOK_CATALOG));
