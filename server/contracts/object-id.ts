import { z } from "zod";

/** The id of an object LinX created (workflows, templates, customers, accounts, transactions). */
export const objectId = z.string().trim().min(1).max(64);
