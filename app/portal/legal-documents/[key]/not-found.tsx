import { PortalNotFound } from "@/components/portal/portal-not-found";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";

const LegalDocumentNotFound = () => <PortalNotFound thing="legal document" list={PORTAL_PAGES.legalDocuments} />;

export default LegalDocumentNotFound;
