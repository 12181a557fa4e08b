import { PortalNotFound } from "@/components/portal/portal-not-found";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";

const WebhookEndpointNotFound = () => <PortalNotFound thing="webhook endpoint" list={PORTAL_PAGES.webhooks} />;

export default WebhookEndpointNotFound;
