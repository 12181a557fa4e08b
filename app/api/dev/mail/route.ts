import type { NextRequest } from "next/server";
import { errorBody, zodIssueDetails } from "@/server/api/rest/respond";
import { env } from "@/server/env";
import { zEmailAddress } from "@/server/mail/email-address";
import { listEmailsToAddress } from "@/server/services/mail/list-emails-to-address";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** The local mail inbox as JSON, for tests and scripts. Exists only while no SMTP server is configured. */
export const GET = async (request: NextRequest) => {
  if (!env().devMailInbox) return Response.json(errorBody("NOT_FOUND", "Not found"), { status: 404 });

  const to = zEmailAddress.safeParse(request.nextUrl.searchParams.get("to") ?? "");
  if (!to.success) {
    const details = zodIssueDetails(to.error, "query").map((issue) => ({ ...issue, field: "to" }));
    return Response.json(
      errorBody("BAD_REQUEST", "Give the address as ?to=<email>, like ?to=ana%40example.com", details),
      { status: 400, headers: noStore },
    );
  }
  const emails = await listEmailsToAddress({ to: to.data });
  return Response.json(
    {
      data: emails.map((email) => ({
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        createdAt: email.createdAt.toISOString(),
      })),
    },
    { headers: noStore },
  );
};
