import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";

/** Same settings on the server (prefetch in server components) and in the browser. */
export const makeQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      // Prefetched data is fresh for a moment, so the browser does not refetch it on hydration.
      queries: { staleTime: 30_000 },
      dehydrate: {
        // Also send queries still in flight; the client picks them up when they resolve.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
