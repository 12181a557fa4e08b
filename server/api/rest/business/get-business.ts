import { z } from "zod";
import { getBusiness } from "@/server/services/businesses/get-business";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";

const BusinessDto = z
  .object({
    id: z.string(),
    name: z.string(),
    mode: z.enum(["SANDBOX", "LIVE"]).meta({ description: "The mode of the API key that made the request." }),
  })
  .meta({ id: "Business" });

export const getBusinessRoute = defineRoute({
  method: "GET",
  path: "/business",
  operationId: "getBusiness",
  summary: "The business the API key belongs to",
  tags: ["Business"],
  responses: { 200: { description: "The business", schema: BusinessDto } },
});

export const handleGetBusiness = withApiKey(
  async ({ principal }) => {
    const business = await getBusiness({ businessId: principal.businessId });
    return { status: 200, body: { ...business, mode: principal.mode } };
  },
  { route: getBusinessRoute },
);
