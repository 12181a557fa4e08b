import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTrpcContext } from "@/server/api/trpc/context";
import { limitRequestBody } from "@/server/api/trpc/limit-request-body";
import { appRouter } from "@/server/api/trpc/root";
import { logger } from "@/server/observability/logger";

export const dynamic = "force-dynamic";

const handler = async (incoming: Request) => {
  const req = await limitRequestBody(incoming);
  if (req instanceof Response) return req;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTrpcContext({ headers: req.headers }),
    onError: ({ error, path }) => {
      // The client gets a neutral message (server/api/trpc/errors.ts); the log gets what describeError lets through.
      if (error.code === "INTERNAL_SERVER_ERROR")
        logger("trpc").error({ path: path ?? "?", err: error.cause ?? error }, "procedure failed");
    },
  });
};

export { handler as GET, handler as POST };
