import "server-only";
import { z } from "zod";

// What an operator types at `npm run linx`; parsed here so the command and any other adapter
// refuse the same things with the same words.

const ZEmail = z.string().trim().toLowerCase().max(254).pipe(z.email("must be an email address"));
const ZName = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");

const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, "must be 1 to 48 lowercase letters, digits and dashes");

export const ZCreateBusinessWithOwner = z.object({
  name: ZName,
  slug: ZSlug.optional(),
  ownerEmail: ZEmail,
  ownerName: ZName.optional(),
});

export const ZAddBusinessOwner = z.object({
  business: z.string().trim().min(1, "must name a business by slug or id").max(100),
  email: ZEmail,
  name: ZName.optional(),
});

/** A slug from a business name: "Acme & Sons, Inc." → "acme-sons-inc". */
export const slugFromName = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
