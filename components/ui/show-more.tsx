import { Button } from "./button";

type ShowMoreProps = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  label?: string;
};

/** The footer of a list that loads its next page on demand (TanStack's useInfiniteQuery fields). */
export const ShowMore = ({ hasNextPage, isFetchingNextPage, fetchNextPage, label = "Show more" }: ShowMoreProps) =>
  hasNextPage ? (
    <div className="border-t border-slate-100 p-3 text-center">
      <Button variant="secondary" size="sm" onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
        {isFetchingNextPage ? "Loading…" : label}
      </Button>
    </div>
  ) : null;
