import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { makeQueryClient } from "./query-client";
import { createTrpcContext } from "./context";
import { appRouter } from "./root";

// For server components: prefetch a procedure into this request's query client, then hand the
// result to client components through <HydrateClient>. Calls the router directly, no HTTP.
export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({
  ctx: async () => createTrpcContext({ headers: await headers() }),
  router: appRouter,
  queryClient: getQueryClient,
});

export const HydrateClient = ({ children }: { children: ReactNode }) => (
  <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>
);
