import type { ComponentProps } from "react";
import { cn } from "./cn";

// Table parts with the Portal's spacing; use <th scope="col"> headers and a caption.

export const Table = ({ className, ...props }: ComponentProps<"table">) => <table className={cn("w-full text-sm", className)} {...props} />;

export const TableHead = ({ className, ...props }: ComponentProps<"thead">) => (
  <thead className={cn("border-b border-slate-100 text-left text-slate-600", className)} {...props} />
);

export const TableBody = ({ className, ...props }: ComponentProps<"tbody">) => <tbody className={cn("divide-y divide-slate-100", className)} {...props} />;

export const Th = ({ className, scope = "col", ...props }: ComponentProps<"th">) => (
  <th scope={scope} className={cn("px-5 py-3 text-left font-medium", scope === "row" && "text-slate-900", className)} {...props} />
);

export const Td = ({ className, ...props }: ComponentProps<"td">) => <td className={cn("px-5 py-3 text-slate-700", className)} {...props} />;
