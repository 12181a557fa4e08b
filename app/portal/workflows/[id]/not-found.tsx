import { PortalNotFound } from "@/components/portal/portal-not-found";
import { PORTAL_PAGES } from "@/components/portal/portal-pages";

const WorkflowNotFound = () => <PortalNotFound thing="workflow" list={PORTAL_PAGES.workflows} />;

export default WorkflowNotFound;
