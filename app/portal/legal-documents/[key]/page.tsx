import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LegalDocumentDetail } from "@/components/portal/legal-documents/legal-document-detail";
import { PageHeader } from "@/components/portal/page-header";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/trpc/rsc";
import { requirePortalAccess } from "@/server/auth/portal-access";
import { hasRole } from "@/server/contracts/team/roles";

export const metadata: Metadata = { title: "Legal document" };

const LegalDocumentPage = async ({ params }: { params: Promise<{ key: string }> }) => {
  const { key } = await params;
  const { active } = await requirePortalAccess(`/portal/legal-documents/${key}`, PORTAL_PAGES.legalDocuments.minRole);
  // An unknown key, a malformed one or another business's: the same 404.
  const data = await getQueryClient()
    .fetchQuery(trpc.legalDocuments.get.queryOptions({ businessId: active.businessId, key }))
    .catch(() => null);
  if (!data || data.versions.length === 0) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/portal/legal-documents" className="text-brand-700 hover:underline">
          ← Legal documents
        </Link>
      </p>
      <PageHeader title={data.versions[0]!.title} description={<span className="font-mono text-xs">{key}</span>} />
      <HydrateClient>
        <LegalDocumentDetail businessId={active.businessId} documentKey={key} canEdit={hasRole(active.role, "ADMIN")} />
      </HydrateClient>
    </>
  );
};

export default LegalDocumentPage;
