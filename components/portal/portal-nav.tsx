"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { cn } from "@/components/ui/cn";
import { PORTAL_NAV_ID, usePortalMenu } from "./portal-menu";
import type { PortalPage } from "./portal-pages";

const isCurrent = (pathname: string, href: string) =>
  href === "/portal" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

/**
 * A sidebar from the lg breakpoint up; below it, a panel under the header that the Menu button
 * opens (focus moves to the current page's link) and that closes once a link is chosen.
 */
export const PortalNav = ({ pages }: { pages: PortalPage[] }) => {
  const pathname = usePathname() ?? "/portal";
  const { open, setOpen, panelRef } = usePortalMenu();
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLAnchorElement>("a[aria-current=page], a")?.focus();
  }, [open, panelRef]);
  return (
    <aside
      id={PORTAL_NAV_ID}
      ref={panelRef}
      className={cn(
        "fixed inset-x-0 top-14 z-20 max-h-[calc(100vh-3.5rem)] overflow-y-auto border-b border-slate-200 bg-white px-3 py-3 shadow-lg",
        "lg:sticky lg:block lg:inset-x-auto lg:z-auto lg:h-[calc(100vh-3.5rem)] lg:max-h-none lg:w-56 lg:shrink-0 lg:border-r lg:border-b-0 lg:py-4 lg:shadow-none",
        open ? "block" : "hidden",
      )}
    >
      <nav aria-label="Portal">
        <ul className="gap-x-2 sm:columns-2 lg:columns-1">
          {pages.map((page) => {
            const current = isCurrent(pathname, page.href);
            return (
              <li key={page.href} className="break-inside-avoid pb-1">
                <Link
                  href={page.href}
                  onClick={() => setOpen(false)}
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
    </aside>
  );
};
