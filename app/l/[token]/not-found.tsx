import { headers } from "next/headers";
import { EndedLinkScreen } from "@/components/gateway/ended-link-screen";
import { LINK_TOKEN_HEADER } from "@/server/http/link-token-header";
import { gatewayTranslator } from "@/app/l/[token]/_lib/gateway-locale";

/** A malformed or unknown link: a 404 that says what to check, and nothing else, in the browser's language. */
const UnknownLink = async () => {
  const { t } = await gatewayTranslator((await headers()).get(LINK_TOKEN_HEADER) ?? "");
  return <EndedLinkScreen state="unknown" t={t} />;
};

export default UnknownLink;
