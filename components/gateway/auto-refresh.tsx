"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the page from the server every few seconds while it is visible, for a while, so a
 * status moves on its own. Without JavaScript the page's refresh link does the same.
 */
export const AutoRefresh = ({ intervalMs = 3000, maxTimes = 40 }: { intervalMs?: number; maxTimes?: number }) => {
  const router = useRouter();
  useEffect(() => {
    let times = 0;
    const timer = setInterval(() => {
      if (document.visibilityState !== "visible") return;
      times += 1;
      if (times > maxTimes) clearInterval(timer);
      else router.refresh();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [router, intervalMs, maxTimes]);
  return null;
};
