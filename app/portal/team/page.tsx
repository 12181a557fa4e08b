import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { TeamList } from "@/components/portal/team/team-list";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";

const page = PORTAL_PAGES.team;

export const metadata: Metadata = { title: page.label };

const TeamPage = async () => {
  const { active, user } = await requirePortalAccess(page.href, page.minRole);
  await getQueryClient().prefetchQuery(trpc.team.list.queryOptions({ businessId: active.businessId }));
  return (
    <>
      <PageHeader
        title="Team"
        description={`Everyone who can use the Portal for ${active.businessName}. Owners and admins manage settings, keys and webhooks; operators send and manage workflows; viewers can look.`}
      />
      <HydrateClient>
        <TeamList businessId={active.businessId} viewer={{ userId: user.id, role: active.role }} />
      </HydrateClient>
    </>
  );
};

export default TeamPage;
