import type { Metadata } from "next";
import { LegalDocumentList } from "@/components/portal/legal-documents/legal-document-list";
import { legalDocumentListInput, nextCursor } from "@/components/portal/list-query-inputs";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

const page = PORTAL_PAGES.legalDocuments;

export const metadata: Metadata = { title: page.label };

const LegalDocumentsPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  await getQueryClient().prefetchInfiniteQuery(
    trpc.legalDocuments.list.infiniteQueryOptions(legalDocumentListInput(active.businessId), nextCursor),
  );
  return (
    <>
      <PageHeader title={page.label} description={page.purpose} />
      <HydrateClient>
        <LegalDocumentList businessId={active.businessId} canEdit={hasRole(active.role, "ADMIN")} />
      </HydrateClient>
    </>
  );
};

export default LegalDocumentsPage;
