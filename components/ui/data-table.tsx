import type { ComponentProps } from "react";
import { Card } from "./card";
import { cn } from "./cn";

// Table parts with the Portal's spacing; use <th scope="col"> headers and a caption.

export const Table = ({ className, ...props }: ComponentProps<"table">) => (
  <table className={cn("w-full text-sm", className)} {...props} />
);

export const TableHead = ({ className, ...props }: ComponentProps<"thead">) => (
  <thead className={cn("border-b border-slate-100 text-left text-slate-600", className)} {...props} />
);

export const TableBody = ({ className, ...props }: ComponentProps<"tbody">) => (
  <tbody className={cn("divide-y divide-slate-100", className)} {...props} />
);

export const Th = ({ className, scope = "col", ...props }: ComponentProps<"th">) => (
  <th
    scope={scope}
    className={cn("px-5 py-3 text-left font-medium", scope === "row" && "text-slate-900", className)}
    {...props}
  />
);

export const Td = ({ className, ...props }: ComponentProps<"td">) => (
  <td className={cn("px-5 py-3 text-slate-700", className)} {...props} />
);

/**
 * The card a table sits in. A table wider than the screen scrolls inside it, never the page:
 * `relative` keeps the table's visually hidden labels inside the scrolling box too, the box takes
 * focus so the keyboard can scroll it, and a shadow shows on the side where more columns wait.
 */
export const TableCard = ({ label, className, ...props }: ComponentProps<"section"> & { label: string }) => (
  <Card
    tabIndex={0}
    aria-label={label}
    className={cn(
      "scroll-shadow-x relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600",
      className,
    )}
    {...props}
  />
);
