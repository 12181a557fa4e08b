import { z } from "zod";
import { updateSmsStatus } from "@/server/services/sms/update-sms-status";
import { fromTwilioStatus } from "@/server/sms/twilio-status";
import { verifyTwilioRequest } from "@/server/sms/verify-twilio-request";

export const dynamic = "force-dynamic";

const StatusCallback = z.object({
  MessageSid: z.string().min(1),
  MessageStatus: z.string().min(1),
  ErrorCode: z.string().optional(),
});

/** Twilio's delivery status callback (the statusCallback of every message we send). */
export const POST = async (request: Request) => {
  const verified = await verifyTwilioRequest(request);
  if (!verified.ok) return new Response(null, { status: verified.status });
  const callback = StatusCallback.safeParse(verified.params);
  if (!callback.success) return new Response(null, { status: 400 });

  const status = fromTwilioStatus(callback.data.MessageStatus);
  if (status)
    await updateSmsStatus({ providerMessageId: callback.data.MessageSid, status, errorCode: callback.data.ErrorCode });
  return new Response(null, { status: 204 });
};
