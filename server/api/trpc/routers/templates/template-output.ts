import { z } from "zod";
import type { TemplateStep } from "@/server/contracts/templates/template-steps";
import { isoDateTime } from "@/server/api/rest/date-time";

// Stored steps passed ZTemplateSteps when they were saved; they go out as they are.
const ZStoredSteps = z.custom<TemplateStep[]>((value) => Array.isArray(value));

export const ZTemplateOutput = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["ACTIVE", "ARCHIVED"]),
  version: z.number().int(),
  title: z.string(),
  customerMemo: z.string().nullable(),
  expireInHours: z.number().int().nullable(),
  locale: z.enum(["en", "es"]).nullable(),
  steps: ZStoredSteps,
  createdAt: isoDateTime,
  versionCreatedAt: isoDateTime,
  archivedAt: isoDateTime.nullable(),
});

export const ZTemplateVersionOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  customerMemo: z.string().nullable(),
  expireInHours: z.number().int().nullable(),
  steps: ZStoredSteps,
  createdAt: isoDateTime,
  workflowCount: z.number().int(),
});
