import { PortalNotFound } from "@/components/portal/portal-not-found";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";

/** Any other Portal page asked for something that is not there. */
const PortalPageNotFound = () => <PortalNotFound thing="page" list={PORTAL_PAGES.dashboard} />;

export default PortalPageNotFound;
