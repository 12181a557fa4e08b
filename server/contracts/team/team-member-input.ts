import { z } from "zod";
import { Role } from "@/server/generated/prisma/enums";

/** The invitation form and the procedure validate with the same schema. */
export const ZInviteMemberInput = z.object({
  name: z.string().trim().min(1, "Enter their name").max(100, "Use at most 100 characters"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters")
    .pipe(z.email("Enter a valid email address")),
  role: z.enum(Role),
});

export type InviteMemberFields = z.infer<typeof ZInviteMemberInput>;
