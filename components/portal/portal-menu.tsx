"use client";

import { createContext, type ReactNode, type RefObject, use, useEffect, useRef, useState } from "react";

// Below the lg breakpoint the navigation folds behind a Menu button in the header. The button and
// the navigation sit in different parts of the page, so they share their state through context.

type PortalMenu = {
  open: boolean;
  setOpen: (open: boolean) => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  panelRef: RefObject<HTMLElement | null>;
};

const MenuContext = createContext<PortalMenu | null>(null);

export const usePortalMenu = () => {
  const menu = use(MenuContext);
  if (!menu) throw new Error("usePortalMenu needs a PortalMenuProvider");
  return menu;
};

/** Holds whether the folded navigation is open; Escape or a click elsewhere closes it. */
export const PortalMenuProvider = ({ children }: { children: ReactNode }) => {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);
  return <MenuContext value={{ open, setOpen, buttonRef, panelRef }}>{children}</MenuContext>;
};

export const PORTAL_NAV_ID = "portal-nav";

/** The header's Menu button, shown only while the navigation is folded. */
export const PortalMenuButton = () => {
  const { open, setOpen, buttonRef } = usePortalMenu();
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={open}
      aria-controls={PORTAL_NAV_ID}
      onClick={() => setOpen(!open)}
      className="-ml-1 inline-flex h-9 items-center gap-2 rounded-md px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:hidden"
    >
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
      >
        {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 6h14M3 10h14M3 14h14" />}
      </svg>
      Menu
    </button>
  );
};
