import type { Metadata } from "next";
import { PlannedPage } from "@/components/portal/planned-page";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { requirePortalAccess } from "@/server/auth/portal-access";

const page = PORTAL_PAGES.apiKeys;

export const metadata: Metadata = { title: page.label };

const ApiKeysPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  return <PlannedPage page={page} businessName={active.businessName} />;
};

export default ApiKeysPage;
