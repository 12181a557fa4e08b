import { z } from "zod";
import { zLocale } from "@/server/i18n/locale-input";
import { ZTemplateRecipientInput } from "./template-recipient-input";

/** Rows per bulk-send call: each row is its own transaction, so a call stays short. */
export const BULK_CHUNK_SIZE = 50;

/**
 * One CSV row as the browser checks it before sending: the same phone, email and amount rules as
 * the API, and a phone or an address (which one the template needs, the server says).
 */
export const ZBulkRecipientRow = z
  .object({
    phoneNumber: ZTemplateRecipientInput.shape.phoneNumber,
    email: ZTemplateRecipientInput.shape.email,
    amount: ZTemplateRecipientInput.shape.amount,
    name: z.string().trim().max(100, "must be at most 100 characters").optional(),
    locale: zLocale.optional(),
  })
  .superRefine((row, ctx) => {
    if (!row.phoneNumber && !row.email)
      ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: "give a phone number or an email address" });
  });

/** What the server takes per row: raw text it checks again, row by row, reporting each failure. */
export const ZBulkSendRow = z.object({
  row: z.number().int().min(1),
  phoneNumber: z.string().max(64).optional(),
  /** For a template that emails. */
  email: z.string().max(254).optional(),
  amount: z.string().max(32).optional(),
  name: z.string().max(100).optional(),
  /** The customer's language for this row ("en", "es", "es-US"…); else the template's. */
  locale: z.string().max(35).optional(),
});

export type BulkSendRow = z.infer<typeof ZBulkSendRow>;

export type BulkSendResult =
  | { row: number; status: "created"; workflowId: string }
  | { row: number; status: "failed"; error: string };
