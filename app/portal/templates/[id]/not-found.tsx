import { PortalNotFound } from "@/components/portal/portal-not-found";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";

const TemplateNotFound = () => <PortalNotFound thing="template" list={PORTAL_PAGES.templates} />;

export default TemplateNotFound;
