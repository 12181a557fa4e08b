import "server-only";
import { db } from "@/server/db";
import { API_KEY_SELECT, toApiKeyView } from "./api-key-view";

// A business has a handful of keys; the cap only guards the page against a runaway script.
const MAX_KEYS = 200;

/** The business's keys, newest first, revoked ones included (they stay for the record). */
export const listApiKeys = async ({ businessId }: { businessId: string }) => {
  const rows = await db().apiKey.findMany({
    where: { businessId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_KEYS,
    select: API_KEY_SELECT,
  });
  return rows.map(toApiKeyView);
};
