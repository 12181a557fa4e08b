import { signOutAction } from "@/app/portal/sign-out-action";
import { switchBusinessAction } from "@/app/portal/switch-business-action";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ROLE_LABEL } from "@/server/contracts/team/roles";
import type { SessionUser } from "@/server/auth/session-user";
import type { MembershipSummary } from "@/server/services/businesses/list-memberships";

type Props = { user: SessionUser; memberships: MembershipSummary[]; active: MembershipSummary | null };

const initials = (name: string, email: string) =>
  (name.trim() || email)
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();

// A <details> menu: keyboard and screen-reader friendly, and works before JavaScript loads.
export const UserMenu = ({ user, memberships, active }: Props) => {
  const others = memberships.filter((m) => m.businessId !== active?.businessId);
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden
          className="flex size-8 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white"
        >
          {initials(user.name, user.email)}
        </span>
        <span className="hidden text-left sm:block">
          <span className="block font-medium text-slate-900">{user.name || user.email}</span>
          {active ? <span className="block text-xs text-slate-500">{ROLE_LABEL[active.role]}</span> : null}
        </span>
        <span className="sr-only">Account menu</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-72 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
        <div className="border-b border-slate-100 px-3 pt-1 pb-3">
          <p className="text-sm font-medium text-slate-900">{user.name}</p>
          <p className="truncate text-sm text-slate-600">{user.email}</p>
        </div>
        {others.length > 0 ? (
          <div className="border-b border-slate-100 py-2">
            <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Switch business</p>
            {others.map((m) => (
              <form key={m.businessId} action={switchBusinessAction}>
                <input type="hidden" name="businessId" value={m.businessId} />
                <Button type="submit" variant="ghost" size="sm" className="w-full justify-between">
                  <span className="truncate">{m.businessName}</span>
                  <span className="text-xs text-slate-500">{ROLE_LABEL[m.role]}</span>
                </Button>
              </form>
            ))}
          </div>
        ) : null}
        <div className="border-b border-slate-100 py-2">
          {/* A plain link: a full load closes this menu, which a client-side navigation would leave open. */}
          <a
            href="/portal/account"
            className={cn(buttonClasses({ variant: "ghost", size: "sm" }), "w-full justify-start")}
          >
            Your account
          </a>
        </div>
        <form action={signOutAction} className="pt-2">
          <Button type="submit" variant="ghost" size="sm" className="w-full justify-start">
            Sign out
          </Button>
        </form>
      </div>
    </details>
  );
};
