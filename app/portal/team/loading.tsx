export { PortalLoading as default } from "@/components/portal/portal-loading";
