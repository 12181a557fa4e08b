import type { ReactNode } from "react";
import { PortalHeader } from "@/components/portal/portal-header";
import { PortalMenuProvider } from "@/components/portal/portal-menu";
import { PortalNav } from "@/components/portal/portal-nav";
import { PORTAL_NAV } from "@/components/portal/portal-pages";
import { TrpcReactProvider } from "@/components/trpc/trpc-provider";
import { loadPortalContext } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

// The shell only. Each page.tsx checks the session and role itself (requirePortalAccess).
const PortalLayout = async ({ children }: { children: ReactNode }) => {
  const portal = await loadPortalContext();
  if (!portal) return <TrpcReactProvider>{children}</TrpcReactProvider>;
  const role = portal.active?.role;
  const pages = role ? PORTAL_NAV.filter((page) => hasRole(role, page.minRole)) : [];
  return (
    <TrpcReactProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-30 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <PortalMenuProvider>
        <PortalHeader
          user={portal.user}
          memberships={portal.memberships}
          active={portal.active}
          hasNav={pages.length > 0}
        />
        <div className="lg:flex">
          <PortalNav pages={pages} />
          <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">
            <div className="mx-auto max-w-5xl">{children}</div>
          </main>
        </div>
      </PortalMenuProvider>
    </TrpcReactProvider>
  );
};

export default PortalLayout;
