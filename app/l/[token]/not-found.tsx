import { EndedLinkScreen } from "@/components/gateway/ended-link-screen";

/** A malformed or unknown link: a 404 that says what to check, and nothing else. */
const UnknownLink = () => <EndedLinkScreen state="unknown" />;

export default UnknownLink;
