import type { ReactNode } from "react";
import { PortalHeader } from "@/components/portal/portal-header";
import { PortalNav } from "@/components/portal/portal-nav";
import { PORTAL_NAV } from "@/components/portal/portal-pages";
import { TrpcReactProvider } from "@/components/trpc/trpc-provider";
import { loadPortalContext } from "@/server/auth/portal-access";
import { hasRole } from "@/server/auth/roles";

// The shell only. Each page.tsx checks the session and role itself (requirePortalAccess).
const PortalLayout = async ({ children }: { children: ReactNode }) => {
  const portal = await loadPortalContext();
  if (!portal) return <TrpcReactProvider>{children}</TrpcReactProvider>;
  const role = portal.active?.role;
  const pages = role ? PORTAL_NAV.filter((page) => hasRole(role, page.minRole)) : [];
  return (
    <TrpcReactProvider>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-30 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <PortalHeader user={portal.user} memberships={portal.memberships} active={portal.active} />
      <div className="md:flex">
        <aside className="border-b border-slate-200 bg-white px-3 py-2 md:sticky md:top-14 md:h-[calc(100vh-3.5rem)] md:w-56 md:shrink-0 md:border-r md:border-b-0 md:py-4">
          <PortalNav pages={pages} />
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">
          <div className="mx-auto max-w-5xl">{children}</div>
        </main>
      </div>
    </TrpcReactProvider>
  );
};

export default PortalLayout;
