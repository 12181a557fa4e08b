import "server-only";
import { db } from "@/server/db";
import { toE164 } from "@/server/sms/phone-number";
import { smsKeyword, type SmsKeyword } from "@/server/sms/sms-keywords";

// Twilio's default opt-out handling already confirms STOP itself (and nothing may be sent to a
// number after it), so STOP gets no reply of ours.
const REPLIES: Record<SmsKeyword, string | null> = {
  STOP: null,
  START: "LinX: you will receive texts from businesses using LinX again. Reply STOP to opt out.",
  HELP: "LinX: texts with secure links from businesses you deal with. Reply STOP to opt out, START to opt back in.",
};

/**
 * A text a customer sent to our number: STOP records an opt-out (sendSms suppresses every text
 * to the number from then on), START removes it, HELP only gets an answer. Anything else is
 * ignored. Returns the reply to send back, if any.
 */
export const receiveSmsReply = async ({ from, body }: { from: string; body: string }) => {
  const phoneNumber = toE164(from);
  const keyword = smsKeyword(body);
  if (!phoneNumber || !keyword) return { keyword: null, reply: null };

  if (keyword === "STOP") {
    await db().smsOptOut.upsert({ where: { phoneNumber }, create: { phoneNumber }, update: {} });
  } else if (keyword === "START") {
    await db().smsOptOut.deleteMany({ where: { phoneNumber } });
  }
  return { keyword, reply: REPLIES[keyword] };
};
