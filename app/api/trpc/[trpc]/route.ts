import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTrpcContext } from "@/server/api/trpc/context";
import { limitRequestBody } from "@/server/api/trpc/limit-request-body";
import { appRouter } from "@/server/api/trpc/root";

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
      // The client gets a neutral message (server/api/trpc/errors.ts); the details stay in the log.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error.cause ?? error);
    },
  });
};

export { handler as GET, handler as POST };
