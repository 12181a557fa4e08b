import { z } from "zod";
import { STEP_ORDER } from "@/server/contracts/workflows/step-parameters";
import { ZTemplateInput } from "@/server/services/templates/template-input";
import { isoDateTime } from "@/server/api/rest/date-time";
import { pageOf, paginationQuery } from "@/server/api/rest/pagination";

export const templateBody = ZTemplateInput;

export const listTemplatesQuery = paginationQuery.extend({
  status: z
    .enum(["ACTIVE", "ARCHIVED"])
    .optional()
    .meta({ description: "Only active or only archived templates; both when omitted." }),
});

export const TemplateDto = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z
      .enum(["ACTIVE", "ARCHIVED"])
      .meta({ description: "An ARCHIVED template can no longer be sent or changed." }),
    version: z.number().int().min(1).meta({
      description: "The current version; each change adds one. Workflows keep the version they were sent from.",
    }),
    title: z.string(),
    customerMemo: z.string().nullable(),
    expireInHours: z
      .number()
      .int()
      .nullable()
      .meta({ description: "null: the business's default (90 days unless changed)." }),
    locale: z.enum(["en", "es"]).nullable().meta({
      description:
        "The language of the workflows sent from it, unless the request names one; null: the customer's browser decides (texts in English).",
    }),
    steps: z
      .array(z.object({ name: z.enum(STEP_ORDER), parameters: z.record(z.string(), z.unknown()) }))
      .meta({ description: "A workflow's steps, without the notification's phoneNumber." }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    archivedAt: isoDateTime.nullable(),
  })
  .meta({ id: "Template" });

export const TemplatePageDto = pageOf(TemplateDto).meta({ id: "TemplatePage" });
