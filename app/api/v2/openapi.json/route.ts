import { openApiDocument } from "@/server/api/openapi/openapi-document";

// Public, like any API reference: it describes the API, not any business's data.
export const GET = () => Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
