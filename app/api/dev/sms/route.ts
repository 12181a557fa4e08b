import type { NextRequest } from "next/server";
import { errorBody, zodIssueDetails } from "@/server/api/rest/respond";
import { env } from "@/server/env";
import { listSmsToNumber } from "@/server/services/sms/list-sms-to-number";
import { phoneNumberFromQuery } from "@/server/sms/query-phone-number";
import { zPhoneNumber } from "@/server/sms/phone-number";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** The local SMS inbox as JSON, for tests and scripts. Exists only while the local sender is in use. */
export const GET = async (request: NextRequest) => {
  if (!env().devInbox) return Response.json(errorBody("NOT_FOUND", "Not found"), { status: 404 });

  const to = zPhoneNumber.safeParse(phoneNumberFromQuery(request.nextUrl.searchParams.get("to")));
  if (!to.success) {
    const details = zodIssueDetails(to.error, "query").map((issue) => ({ ...issue, field: "to" }));
    return Response.json(
      errorBody("BAD_REQUEST", "Give the phone number as ?to=<E.164>, like ?to=%2B14155550123", details),
      { status: 400, headers: noStore },
    );
  }
  const messages = await listSmsToNumber({ to: to.data });
  return Response.json(
    {
      data: messages.map((message) => ({
        to: message.to,
        body: message.body,
        origin: message.origin,
        createdAt: message.createdAt.toISOString(),
      })),
    },
    { headers: noStore },
  );
};
