import twilio from "twilio";
import { z } from "zod";
import { receiveSmsReply } from "@/server/services/sms/receive-sms-reply";
import { verifyTwilioRequest } from "@/server/sms/verify-twilio-request";

export const dynamic = "force-dynamic";

const InboundMessage = z.object({ From: z.string().min(1), Body: z.string().default("") });

/** Texts customers send to our number ("A message comes in" webhook): STOP, START, HELP. */
export const POST = async (request: Request) => {
  const verified = await verifyTwilioRequest(request);
  if (!verified.ok) return new Response(null, { status: verified.status });
  const message = InboundMessage.safeParse(verified.params);
  if (!message.success) return new Response(null, { status: 400 });

  const { reply } = await receiveSmsReply({ from: message.data.From, body: message.data.Body });
  const twiml = new twilio.twiml.MessagingResponse();
  if (reply) twiml.message(reply);
  return new Response(twiml.toString(), { headers: { "Content-Type": "text/xml; charset=utf-8" } });
};
