import { describeUnsubscribe, type Unsubscribe, unsubscribeEmail } from "@/server/services/messages/unsubscribe-email";

/**
 * The unsubscribe page's answer to one request: a GET (a person, or a mail app's link checker)
 * only reads; a POST unsubscribes. `page` is null for a link that is not ours (404).
 */
export const answerUnsubscribe = async ({
  method,
  token,
  ipAddress,
}: {
  method: string;
  token: string;
  ipAddress?: string | undefined;
}): Promise<{ status: number; page: Unsubscribe | null }> => {
  const page =
    method === "POST"
      ? await unsubscribeEmail({ token, ...(ipAddress ? { ipAddress } : {}) })
      : await describeUnsubscribe({ token });
  if (!page) return { status: 404, page };
  return { status: ["GET", "HEAD", "POST"].includes(method) ? 200 : 405, page };
};
