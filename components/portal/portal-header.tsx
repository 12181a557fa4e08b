import Link from "next/link";
import type { SessionUser } from "@/server/auth/session-user";
import type { MembershipSummary } from "@/server/services/businesses/list-memberships";
import { PortalMenuButton } from "./portal-menu";
import { UserMenu } from "./user-menu";

type Props = { user: SessionUser; memberships: MembershipSummary[]; active: MembershipSummary | null; hasNav: boolean };

export const PortalHeader = ({ user, memberships, active, hasNav }: Props) => (
  <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
    <div className="flex h-14 items-center justify-between gap-4 px-4 md:px-6">
      <div className="flex min-w-0 items-center gap-3">
        {hasNav ? <PortalMenuButton /> : null}
        <Link href="/portal" className="text-sm font-bold uppercase tracking-wide text-brand-600">
          LinX
        </Link>
        <span aria-hidden className="h-5 w-px bg-slate-200" />
        <p className="truncate text-sm font-semibold text-slate-900" data-testid="business-name">
          {active?.businessName ?? "No business"}
        </p>
      </div>
      <UserMenu user={user} memberships={memberships} active={active} />
    </div>
  </header>
);
