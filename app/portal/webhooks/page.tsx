import type { Metadata } from "next";
import { PlannedPage } from "@/components/portal/planned-page";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";
import { requirePortalAccess } from "@/server/auth/portal-access";

const page = PORTAL_PAGES.webhooks;

export const metadata: Metadata = { title: page.label };

const WebhooksPage = async () => {
  const { active } = await requirePortalAccess(page.href, page.minRole);
  return <PlannedPage page={page} businessName={active.businessName} />;
};

export default WebhooksPage;
