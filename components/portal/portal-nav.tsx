"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { PortalPage } from "./portal-pages";

const isCurrent = (pathname: string, href: string) => (href === "/portal" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));

export const PortalNav = ({ pages }: { pages: PortalPage[] }) => {
  const pathname = usePathname();
  return (
    <nav aria-label="Portal" className="overflow-x-auto">
      <ul className="flex gap-1 md:flex-col">
        {pages.map((page) => {
          const current = isCurrent(pathname, page.href);
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium",
                  current ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                )}
              >
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
