import type { NextRequest } from "next/server";
import { serve } from "inngest/next";
import { inngest } from "@/server/jobs/inngest/client";
import { functions } from "@/inngest/functions";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

// Built on first use, and only in Inngest mode: without a signing key the SDK answers 500, and
// the in-process runner does this work instead (ARCHITECTURE.md, "The path of one job").
let handler: ReturnType<typeof serve> | undefined;
const inngestHandler = () => (handler ??= serve({ client: inngest, functions }));

const notConfigured = () =>
  Response.json(
    { error: { code: "NOT_FOUND", message: "Inngest is not configured here; the in-process job runner runs jobs" } },
    { status: 404 },
  );

const route = (method: "GET" | "POST" | "PUT") => (request: NextRequest, context: unknown) =>
  env().jobRunner === "inngest" ? inngestHandler()[method](request, context) : notConfigured();

export const GET = route("GET");
export const POST = route("POST");
export const PUT = route("PUT");
