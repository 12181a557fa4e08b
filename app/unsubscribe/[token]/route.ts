import type { NextRequest } from "next/server";
import { clientIp } from "@/server/auth/client-ip";
import { describeUnsubscribe, unsubscribeEmail } from "@/server/services/messages/unsubscribe-email";
import { confirmPage, donePage, invalidPage } from "./unsubscribe-page";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

const html = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });

/** The link in a customer email's footer and List-Unsubscribe header: asks before it does anything. */
export const GET = async (_request: NextRequest, { params }: Params) => {
  const subscription = await describeUnsubscribe({ token: (await params).token });
  return subscription ? html(confirmPage(subscription)) : html(invalidPage(), 404);
};

/** The page's button, and a mail app's one-click unsubscribe (RFC 8058: a POST with List-Unsubscribe=One-Click). */
export const POST = async (request: NextRequest, { params }: Params) => {
  const done = await unsubscribeEmail({
    token: (await params).token,
    ipAddress: clientIp(request.headers) ?? undefined,
  });
  return done ? html(donePage(done)) : html(invalidPage(), 404);
};
